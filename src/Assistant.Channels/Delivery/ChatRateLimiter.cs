namespace Assistant.Channels.Delivery;

/// <summary>
/// Per-chat limit: at most <c>permits</c> questions per chat within a fixed window, so one chat cannot use up the
/// assistant. Remembers a bounded number of chats.
/// </summary>
internal sealed class ChatRateLimiter(int permits, TimeSpan window, TimeProvider time, int maxChats = 10_000)
{
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>True when the chat may ask now (the question is counted).</summary>
    public bool TryAcquire(string chat)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_windows.Count >= maxChats && !_windows.ContainsKey(chat))
            {
                foreach (var expired in _windows.Where(w => now - w.Value.Start >= window).Select(w => w.Key).ToList())
                {
                    _windows.Remove(expired);
                }
            }

            if (!_windows.TryGetValue(chat, out var current) || now - current.Start >= window)
            {
                _windows[chat] = (now, 1);
                return true;
            }

            if (current.Count >= permits)
            {
                return false;
            }

            _windows[chat] = (current.Start, current.Count + 1);
            return true;
        }
    }
}
