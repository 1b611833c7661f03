using System.ComponentModel.DataAnnotations;

namespace Assistant.Answering.Conversation;

/// <summary>Behaviour of the conversation service on every channel (<c>Chat</c> section): question logging and the answer cache.</summary>
public sealed class ChatOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Chat";

    /// <summary>Logs the citizens' question text at Information level; off by default (it may hold personal data).</summary>
    public bool LogQuestionText { get; set; }

    /// <summary>Answers kept for repeated questions (per index version); 0 answers every question afresh.</summary>
    [Range(0, 1_000_000)]
    public int AnswerCacheSize { get; set; } = 2_000;

    /// <summary>Minutes a kept answer is reused.</summary>
    [Range(1, 10_080)]
    public int AnswerCacheMinutes { get; set; } = 10;
}
