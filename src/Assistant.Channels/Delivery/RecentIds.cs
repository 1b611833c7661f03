namespace Assistant.Channels.Delivery;

/// <summary>
/// The ids seen most recently (Telegram update_id), in bounded memory: a platform that resends an event it already
/// delivered is recognised while the id is among the last <c>capacity</c> ones.
/// </summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();

    /// <summary>True when <paramref name="id"/> was not seen before (it is now remembered).</summary>
    public bool TryAdd(string id)
    {
        lock (_gate)
        {
            if (!_seen.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    /// <summary>Forgets <paramref name="id"/>, so a resend is accepted (used when the event could not be queued).</summary>
    public void Forget(string id)
    {
        lock (_gate)
        {
            _seen.Remove(id);
        }
    }
}
