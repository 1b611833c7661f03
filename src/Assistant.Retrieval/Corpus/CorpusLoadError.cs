namespace Assistant.Retrieval.Corpus;

/// <summary>One corpus file that could not be loaded.</summary>
/// <param name="FilePath">The file.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record CorpusLoadError(string FilePath, string Problem)
{
    /// <summary>"path: problem", as a log line or a console error.</summary>
    public override string ToString() => $"{FilePath}: {Problem}";
}
