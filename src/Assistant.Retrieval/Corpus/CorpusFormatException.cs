namespace Assistant.Retrieval.Corpus;

/// <summary>A corpus file that cannot be loaded: names the file and says what is wrong with it (in English for logs, in Vietnamese for staff).</summary>
public sealed class CorpusFormatException : Exception
{
    private const string GenericUserMessage = "Không đọc được tệp này; hãy kiểm tra tệp có đúng định dạng và chưa bị hỏng.";

    /// <summary>Creates the exception for <paramref name="filePath"/>; <paramref name="userMessage"/> is the Vietnamese sentence shown on the admin page.</summary>
    public CorpusFormatException(string filePath, string problem, Exception? inner = null, string? userMessage = null)
        : base($"{filePath}: {problem}", inner)
    {
        FilePath = filePath;
        Problem = problem;
        UserMessage = userMessage ?? GenericUserMessage;
    }

    /// <summary>The file that failed.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with it, without the file name.</summary>
    public string Problem { get; }

    /// <summary>What is wrong with it, as a Vietnamese sentence for staff.</summary>
    public string UserMessage { get; }
}
