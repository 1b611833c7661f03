namespace Assistant.Web.Chat;

/// <summary>Behaviour of the chat API (<c>Chat</c> section).</summary>
public sealed class ChatOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Chat";

    /// <summary>Logs the citizens' question text at Information level; off by default (it may hold personal data).</summary>
    public bool LogQuestionText { get; set; }
}
