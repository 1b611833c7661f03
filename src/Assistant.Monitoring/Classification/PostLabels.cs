namespace Assistant.Monitoring.Classification;

/// <summary>The labels a post can carry in the project's data (DESIGN.md, "Scored post JSON").</summary>
public static class PostLabels
{
    /// <summary>The post spreads false or distorted information.</summary>
    public const string Misinformation = "misinformation";

    /// <summary>The post agrees with the official text.</summary>
    public const string Accurate = "accurate";

    /// <summary>The post is not about education policy.</summary>
    public const string Unrelated = "unrelated";

    /// <summary>Every label, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } = [Misinformation, Accurate, Unrelated];

    /// <summary>True for one of <see cref="All"/> (exact, lower case).</summary>
    public static bool IsKnown(string label) => All.Contains(label, StringComparer.Ordinal);
}
