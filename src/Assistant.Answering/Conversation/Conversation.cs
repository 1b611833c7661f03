using Assistant.Core.Conversations;

namespace Assistant.Answering.Conversation;

/// <summary>A conversation kept in memory: its recent turns for follow-ups and the answer ids feedback may name.</summary>
public sealed class Conversation
{
    private readonly Lock gate = new();
    private readonly List<ConversationTurn> history = [];
    private readonly Dictionary<string, int> turnsByAnswerId = new(StringComparer.Ordinal);
    private int turnCount;
    private long lastActiveTicks;

    /// <summary>Starts a conversation.</summary>
    public Conversation(string id, string channel, string subjectHash, DateTimeOffset startedAt)
    {
        Id = id;
        Channel = channel;
        SubjectHash = subjectHash;
        StartedAt = startedAt;
        lastActiveTicks = startedAt.UtcTicks;
    }

    /// <summary>Internal id (recorded in storage; never the channel's id).</summary>
    public string Id { get; }

    /// <summary>Channel name.</summary>
    public string Channel { get; }

    /// <summary>Salted hash of the channel's id.</summary>
    public string SubjectHash { get; }

    /// <summary>When it started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>When it was last used.</summary>
    public DateTimeOffset LastActive => new(Interlocked.Read(ref lastActiveTicks), TimeSpan.Zero);

    /// <summary>Marks the conversation as used now.</summary>
    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref lastActiveTicks, now.UtcTicks);

    /// <summary>Reserves the number of the next exchange.</summary>
    public int NextTurn() => Interlocked.Increment(ref turnCount);

    /// <summary>The recent turns, oldest first.</summary>
    public IReadOnlyList<ConversationTurn> History()
    {
        lock (gate)
        {
            return history.ToArray();
        }
    }

    /// <summary>Keeps an answered turn, at most <paramref name="keep"/> of them.</summary>
    public void Remember(int turn, string answerId, ConversationTurn exchange, int keep)
    {
        lock (gate)
        {
            history.Add(exchange);
            if (history.Count > keep)
            {
                history.RemoveRange(0, history.Count - keep);
            }

            turnsByAnswerId[answerId] = turn;
        }
    }

    /// <summary>The turn an answer id belongs to, or null.</summary>
    public int? TurnOf(string answerId)
    {
        lock (gate)
        {
            return turnsByAnswerId.TryGetValue(answerId, out var turn) ? turn : null;
        }
    }

    /// <summary>The answer id of a turn, or null.</summary>
    public string? AnswerIdOf(int turn)
    {
        lock (gate)
        {
            return turnsByAnswerId.FirstOrDefault(pair => pair.Value == turn).Key;
        }
    }
}
