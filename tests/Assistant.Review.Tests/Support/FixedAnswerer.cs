using System.Runtime.CompilerServices;
using Assistant.Core.Answers;

namespace Assistant.Review.Tests.Support;

/// <summary>An answerer that gives one fixed answer (or throws), recording the questions.</summary>
public sealed class FixedAnswerer(Func<string, Answer> answer) : IAnswerer
{
    /// <summary>Questions asked, in order.</summary>
    public List<string> Questions { get; } = [];

    /// <inheritdoc />
    public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken = default)
    {
        Questions.Add(question);
        return Task.FromResult(answer(question));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return new AnswerFinal(await AnswerAsync(question, cancellationToken));
    }
}
