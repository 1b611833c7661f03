namespace Assistant.Core.Official;

/// <summary>
/// An official answer of the education department ("Giải đáp của Sở GD&amp;ĐT …"): a question, the paraphrases that mean
/// the same, the answer in plain Vietnamese and the corpus passages it cites (or none: the department's own statement).
/// </summary>
/// <param name="Id">Store id.</param>
/// <param name="Version">Optimistic version: every change adds one; a change sent with an older one is refused.</param>
/// <param name="State">An <see cref="OfficialAnswerStates"/> value.</param>
/// <param name="Province">Province slug of the department, or null for a national answer.</param>
/// <param name="Question">The question it answers.</param>
/// <param name="Paraphrases">Other wordings of the same question (recorded from the gap topic, or written by staff).</param>
/// <param name="Text">The answer.</param>
/// <param name="Citations">The corpus passages it rests on, with their text as approved.</param>
/// <param name="Author">Login of the account (or <c>api:NAME</c>) that wrote it.</param>
/// <param name="CreatedAt">When the draft was saved.</param>
/// <param name="PublishedAt">When it was last published, or null.</param>
/// <param name="PublishedBy">Who published it, or null.</param>
/// <param name="TopicKey">The gap topic it closes, or null when written from scratch.</param>
public sealed record OfficialAnswer(
    long Id,
    long Version,
    string State,
    string? Province,
    string Question,
    IReadOnlyList<string> Paraphrases,
    string Text,
    IReadOnlyList<OfficialCitation> Citations,
    string Author,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    string? TopicKey)
{
    /// <summary>True when no corpus passage is cited: the department's own statement, signed by <see cref="Author"/>.</summary>
    public bool OwnStatement => Citations.Count == 0;
}
