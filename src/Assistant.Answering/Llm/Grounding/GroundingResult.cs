namespace Assistant.Answering.Llm.Grounding;

/// <summary>The verdict on a model answer.</summary>
/// <param name="FailureReason">Why it may not be shown (e.g. "invalid-citation: [7]"), or null when it passed.</param>
/// <param name="Markers">The citation markers found.</param>
/// <param name="Cited">The passage numbers cited, in order of first appearance.</param>
public sealed record GroundingResult(string? FailureReason, IReadOnlyList<CitationMarker> Markers, IReadOnlyList<int> Cited)
{
    /// <summary>True when the answer may be shown.</summary>
    public bool Passed => FailureReason is null;

    /// <summary>A failed verdict.</summary>
    public static GroundingResult Fail(string reason, IReadOnlyList<CitationMarker> markers) => new(reason, markers, []);
}
