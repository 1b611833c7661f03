namespace Assistant.Core.Answers;

/// <summary>Turns a citizen's question into a grounded, cited answer or a polite refusal.</summary>
public interface IAnswerer
{
    /// <summary>Answers one standalone question.</summary>
    Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken = default);

    /// <summary>
    /// Answers one standalone question as a stream: text deltas, then at least one <see cref="AnswerFinal"/>;
    /// the last <see cref="AnswerFinal"/> is the answer that stands.
    /// </summary>
    IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, CancellationToken cancellationToken = default);
}
