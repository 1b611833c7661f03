using System.ComponentModel.DataAnnotations;

namespace Assistant.Retrieval;

/// <summary>Weights of the passage search (<c>Retrieval</c> section), tuned on the dev questions.</summary>
public sealed class RetrievalOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Retrieval";

    /// <summary>Weight of a syllable matched with its diacritics.</summary>
    [Range(0, 10)]
    public float ExactWeight { get; set; } = 1.0f;

    /// <summary>Weight of a syllable matched without diacritics.</summary>
    [Range(0, 10)]
    public float FoldedWeight { get; set; } = 0.7f;

    /// <summary>
    /// Factor on the folded weights for terms the question typed with diacritics: "ký" matching "kỹ" only
    /// through folding is weak evidence.
    /// </summary>
    [Range(0, 1)]
    public float AccentedFoldedFactor { get; set; } = 0.25f;

    /// <summary>Weight of a syllable pair ("giáo dục") matched with diacritics.</summary>
    [Range(0, 10)]
    public float ExactBigramWeight { get; set; } = 1.6f;

    /// <summary>Weight of a syllable pair matched without diacritics.</summary>
    [Range(0, 10)]
    public float FoldedBigramWeight { get; set; } = 1.2f;

    /// <summary>Weight of a syllable matched in the headings above a passage ("Sở Tài chính", "Mục tiêu") or its document's title.</summary>
    [Range(0, 10)]
    public float HeadingWeight { get; set; } = 1.5f;

    /// <summary>Weight of a syllable pair matched in the headings above a passage or its document's title.</summary>
    [Range(0, 10)]
    public float HeadingBigramWeight { get; set; } = 1.5f;

    /// <summary>Weight of a syllable matched in the passage's document title: prefers the document a question names.</summary>
    [Range(0, 10)]
    public float TitleWeight { get; set; } = 1.5f;

    /// <summary>
    /// Exponent of the question coverage (0–1, <see cref="Search.TermCoverage"/>) multiplied into a candidate's score:
    /// a passage that holds all the question's words beats one that repeats some of them. 0 turns it off.
    /// </summary>
    [Range(0, 10)]
    public float CoverageExponent { get; set; } = 3f;

    /// <summary>Score factor for passages of the province the question names.</summary>
    [Range(1, 10)]
    public float ProvinceBoost { get; set; } = 4.0f;

    /// <summary>Score factor for national documents when the question names no province.</summary>
    [Range(1, 10)]
    public float NationalBoost { get; set; } = 1.3f;

    /// <summary>How many candidates are scored before the province preference is applied.</summary>
    [Range(10, 1000)]
    public int CandidateCount { get; set; } = 60;
}
