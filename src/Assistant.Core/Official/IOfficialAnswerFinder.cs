using Assistant.Core.Answers;

namespace Assistant.Core.Official;

/// <summary>Finds the published official answer whose question means the same as a citizen's, before any search.</summary>
public interface IOfficialAnswerFinder
{
    /// <summary>The official answer to <paramref name="question"/> (the standalone question) as an Answer with mode <c>official</c>, or null.</summary>
    ValueTask<Answer?> FindAsync(string question, CancellationToken cancellationToken);
}
