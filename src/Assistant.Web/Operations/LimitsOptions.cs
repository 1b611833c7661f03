using System.ComponentModel.DataAnnotations;

namespace Assistant.Web.Operations;

/// <summary>Size limits of what a client may send (<c>Limits</c> section).</summary>
public sealed class LimitsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Limits";

    /// <summary>Largest request body in bytes; beyond it the answer is 413.</summary>
    [Range(1_024, 10_000_000)]
    public long MaxRequestBodyBytes { get; set; } = 16_384;

    /// <summary>Longest question in characters; beyond it the answer is 400.</summary>
    [Range(10, 100_000)]
    public int MaxQuestionLength { get; set; } = 1_000;

    /// <summary>Longest feedback comment in characters.</summary>
    [Range(10, 100_000)]
    public int MaxCommentLength { get; set; } = 1_000;
}
