namespace Assistant.Core.Answers;

/// <summary>Turns a citizen's question into a grounded, cited answer or a polite refusal.</summary>
public interface IAnswerer
{
    /// <summary>Answers one standalone question.</summary>
    Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken = default);
}
