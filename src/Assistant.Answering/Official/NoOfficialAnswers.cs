using Assistant.Core.Answers;
using Assistant.Core.Official;

namespace Assistant.Answering.Official;

/// <summary>The <see cref="IOfficialAnswerFinder"/> of a host without an official answer store (the command line): never finds one.</summary>
public sealed class NoOfficialAnswers : IOfficialAnswerFinder
{
    /// <inheritdoc />
    public ValueTask<Answer?> FindAsync(string question, CancellationToken cancellationToken) => ValueTask.FromResult<Answer?>(null);
}
