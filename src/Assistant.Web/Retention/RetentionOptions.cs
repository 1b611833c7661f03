using System.ComponentModel.DataAnnotations;

namespace Assistant.Web.Retention;

/// <summary>How long recorded conversations are kept (<c>Retention</c> section).</summary>
public sealed class RetentionOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Retention";

    /// <summary>Days after its last activity that a conversation, its turns and feedback are deleted.</summary>
    [Range(1, 3_650)]
    public int ConversationDays { get; set; } = 90;

    /// <summary>Most conversations kept: a sweep also deletes the least recently active beyond this many (a load of anonymous questions cannot grow the file without bound).</summary>
    [Range(1, 100_000_000)]
    public int MaxConversations { get; set; } = 200_000;

    /// <summary>Minutes between two sweeps.</summary>
    [Range(1, 10_080)]
    public int SweepIntervalMinutes { get; set; } = 360;
}
