namespace Assistant.Retrieval.Corpus;

/// <summary>A corpus file that cannot be loaded: names the file and says what is wrong with it.</summary>
public sealed class CorpusFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="filePath"/>.</summary>
    public CorpusFormatException(string filePath, string problem, Exception? inner = null)
        : base($"{filePath}: {problem}", inner)
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>The file that failed.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with it, without the file name.</summary>
    public string Problem { get; }
}
