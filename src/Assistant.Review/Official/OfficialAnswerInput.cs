namespace Assistant.Review.Official;

/// <summary>What a spokesperson sends to create an official answer (checked by <see cref="OfficialAnswerService"/>).</summary>
/// <param name="Question">The question it answers.</param>
/// <param name="Answer">The answer in plain Vietnamese.</param>
/// <param name="Province">Province slug (a spokesperson's own is used when absent), or null for national.</param>
/// <param name="Citations">Passages to cite; none makes it the department's own statement.</param>
/// <param name="Paraphrases">Other wordings of the question.</param>
/// <param name="TopicKey">The gap topic it closes, or null.</param>
public sealed record OfficialAnswerInput(
    string? Question,
    string? Answer,
    string? Province,
    IReadOnlyList<CitationRef>? Citations,
    IReadOnlyList<string>? Paraphrases,
    string? TopicKey);
