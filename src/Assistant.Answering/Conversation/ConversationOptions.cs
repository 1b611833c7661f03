using System.ComponentModel.DataAnnotations;

namespace Assistant.Answering.Conversation;

/// <summary>How conversations are kept in memory and identified in storage (<c>Conversations</c> section).</summary>
public sealed class ConversationOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Conversations";

    /// <summary>Most conversations kept in memory; the least recently active go first beyond it.</summary>
    [Range(1, 10_000_000)]
    public int MaxCount { get; set; } = 10_000;

    /// <summary>Minutes of silence after which a conversation is forgotten and the next question starts a new one.</summary>
    [Range(1, 10_080)]
    public int IdleMinutes { get; set; } = 30;

    /// <summary>Earlier turns kept for understanding follow-ups.</summary>
    [Range(1, 50)]
    public int HistoryTurns { get; set; } = 6;

    /// <summary>
    /// Salt of the hash under which channel user ids are stored; when empty, a random salt is created once in the
    /// data folder (<c>conversation-salt.key</c>).
    /// </summary>
    public string HashSalt { get; set; } = "";
}
