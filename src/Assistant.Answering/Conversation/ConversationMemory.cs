using System.Collections.Concurrent;
using Assistant.Core.Conversations;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Conversation;

/// <summary>
/// Conversations in memory by the hash of their key: bounded in number, forgotten after a quiet time
/// (<see cref="ConversationOptions"/>); a forgotten or unknown key starts a new conversation.
/// </summary>
public sealed class ConversationMemory(IOptions<ConversationOptions> options, SubjectHasher hasher, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Conversation> conversations = new(StringComparer.Ordinal);
    private readonly ConversationOptions settings = options.Value;
    private readonly Lock trimGate = new();

    /// <summary>Conversations held now.</summary>
    public int Count => conversations.Count;

    /// <summary>The live conversation of <paramref name="key"/>, or a new one.</summary>
    public Conversation GetOrStart(ConversationKey key)
    {
        var hash = hasher.Hash(key);
        var now = time.GetUtcNow();
        while (true)
        {
            var existing = conversations.GetOrAdd(hash, h => new Conversation(Guid.NewGuid().ToString("N"), key.Channel, h, now));
            if (!IsExpired(existing, now))
            {
                existing.Touch(now);
                TrimIfFull(now);
                return existing;
            }

            conversations.TryRemove(new KeyValuePair<string, Conversation>(hash, existing));
        }
    }

    /// <summary>The live conversation of <paramref name="key"/>, or null when unknown or expired.</summary>
    public Conversation? Find(ConversationKey key) =>
        conversations.TryGetValue(hasher.Hash(key), out var conversation) && !IsExpired(conversation, time.GetUtcNow()) ? conversation : null;

    private bool IsExpired(Conversation conversation, DateTimeOffset now) =>
        now - conversation.LastActive > TimeSpan.FromMinutes(settings.IdleMinutes);

    /// <summary>Beyond the bound, drops the expired conversations and then the least recently active tenth.</summary>
    private void TrimIfFull(DateTimeOffset now)
    {
        if (conversations.Count <= settings.MaxCount || !trimGate.TryEnter())
        {
            return;
        }

        try
        {
            var byAge = conversations.ToArray().OrderBy(pair => pair.Value.LastActive).ToList();
            var excess = conversations.Count - settings.MaxCount + Math.Max(1, settings.MaxCount / 10);
            foreach (var pair in byAge.Where(pair => IsExpired(pair.Value, now) || excess-- > 0))
            {
                conversations.TryRemove(pair);
            }
        }
        finally
        {
            trimGate.Exit();
        }
    }
}
