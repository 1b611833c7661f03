namespace Assistant.Evaluation.Qa;

/// <summary>One line of a gold question set (DESIGN.md "Gold sets").</summary>
/// <param name="Id">Question id.</param>
/// <param name="Question">The question as a citizen types it.</param>
/// <param name="Answerable">Whether the documents answer it.</param>
/// <param name="Evidence">Where the answer is (answerable questions).</param>
/// <param name="Facts">
/// Strings a correct answer contains (answerable questions): any one suffices, except on lines tagged
/// <see cref="TwoQuestionsTag"/>, which list one fact per part and need every one.
/// </param>
/// <param name="Tags">Categories for the breakdown (no-diacritics, province:can-tho, type:who…).</param>
public sealed record GoldQuestion(
    string? Id,
    string? Question,
    bool? Answerable,
    IReadOnlyList<GoldEvidence>? Evidence,
    IReadOnlyList<string>? Facts,
    IReadOnlyList<string>? Tags)
{
    /// <summary>The tag of a message asking two questions at once; its answer must state every fact.</summary>
    public const string TwoQuestionsTag = "two-questions";

    /// <summary>True when a correct answer must state every string of <see cref="Facts"/>, not just one.</summary>
    public bool NeedsEveryFact => Tags?.Contains(TwoQuestionsTag, StringComparer.Ordinal) == true;
}
