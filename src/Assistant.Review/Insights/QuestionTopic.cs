namespace Assistant.Review.Insights;

/// <summary>Questions of a period that mean the same, with how well they were answered.</summary>
/// <param name="Key">Stable key of the topic (from its central question's terms): marks and official answers refer to it.</param>
/// <param name="Question">The central question (the one most like the others), as understood.</param>
/// <param name="Province">The province the questions name, or null.</param>
/// <param name="Count">Questions asked.</param>
/// <param name="Refused">Of them, refused.</param>
/// <param name="Official">Of them, answered by an official answer.</param>
/// <param name="ThumbsUp">Thumbs up given.</param>
/// <param name="ThumbsDown">Thumbs down given.</param>
/// <param name="Comments">Comments given with a rating (personal data masked).</param>
/// <param name="Channels">Questions by channel.</param>
/// <param name="Examples">A few questions as typed (personal data masked).</param>
/// <param name="Handled">True when marked handled and no official answer of the topic got a thumbs down since.</param>
/// <param name="Reopened">True when it was marked handled and an official answer of it got a thumbs down since.</param>
public sealed record QuestionTopic(
    string Key,
    string Question,
    string? Province,
    int Count,
    int Refused,
    int Official,
    int ThumbsUp,
    int ThumbsDown,
    IReadOnlyList<string> Comments,
    IReadOnlyDictionary<string, int> Channels,
    IReadOnlyList<string> Examples,
    bool Handled,
    bool Reopened)
{
    /// <summary>How much need the topic left unmet: refusals and thumbs down; sorts the topics.</summary>
    public int UnmetNeed => Refused + ThumbsDown;
}
