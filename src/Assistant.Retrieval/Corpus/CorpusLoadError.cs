namespace Assistant.Retrieval.Corpus;

/// <summary>One corpus file that could not be loaded.</summary>
/// <param name="FilePath">The file.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record CorpusLoadError(string FilePath, string Problem)
{
    /// <summary>What is wrong, as a Vietnamese sentence for staff.</summary>
    public string? UserMessage { get; init; }

    /// <summary>"path: problem", as a log line or a console error.</summary>
    public override string ToString() => $"{FilePath}: {Problem}";
}
