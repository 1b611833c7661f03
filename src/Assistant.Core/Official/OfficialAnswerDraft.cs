namespace Assistant.Core.Official;

/// <summary>What a new official answer is made of, before it is stored.</summary>
/// <param name="Province">Province slug, or null for national.</param>
/// <param name="Question">The question.</param>
/// <param name="Paraphrases">Other wordings of it.</param>
/// <param name="Text">The answer.</param>
/// <param name="Citations">The passages cited (none: the department's own statement).</param>
/// <param name="TopicKey">The gap topic it closes, or null.</param>
public sealed record OfficialAnswerDraft(
    string? Province,
    string Question,
    IReadOnlyList<string> Paraphrases,
    string Text,
    IReadOnlyList<OfficialCitation> Citations,
    string? TopicKey);
