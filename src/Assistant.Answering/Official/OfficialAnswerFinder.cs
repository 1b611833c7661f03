using Assistant.Core.Answers;
using Assistant.Core.Official;
using Assistant.Core.Provinces;
using Assistant.Core.Questions;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Official;

/// <summary>
/// Serves a published official answer when the citizen's question means the same as its question or one of its
/// paraphrases (similarity of their signatures at least <see cref="OfficialAnswerOptions.MatchThreshold"/>). An answer
/// of a province is served only to questions that name that province. The published answers and their signatures are
/// kept in memory and reloaded when the store's change stamp moves, so every node sees a publication or a withdrawal at
/// its next question.
/// </summary>
public sealed class OfficialAnswerFinder(
    IOfficialAnswerStore store,
    IQuestionReader reader,
    ProvinceDirectory provinces,
    IOptions<OfficialAnswerOptions> options) : IOfficialAnswerFinder
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private Snapshot? snapshot;

    /// <inheritdoc />
    public async ValueTask<Answer?> FindAsync(string question, CancellationToken cancellationToken)
    {
        var published = await PublishedAsync(cancellationToken);
        if (published.Entries.Count == 0)
        {
            return null;
        }

        var signature = reader.Read(question);
        var best = published.Entries
            .Where(e => e.Answer.Province is null || signature.Provinces.Contains(e.Answer.Province))
            .Select(e => (e.Answer, Score: e.Signatures.Max(signature.SimilarityTo)))
            .MaxBy(e => e.Score);
        return best.Answer is not null && best.Score >= options.Value.MatchThreshold
            ? OfficialAnswerText.ToAnswer(best.Answer, question, provinces)
            : null;
    }

    private async Task<Snapshot> PublishedAsync(CancellationToken cancellationToken)
    {
        var stamp = await store.ChangeStampAsync(cancellationToken);
        var current = Volatile.Read(ref snapshot);
        if (current is not null && current.Stamp == stamp)
        {
            return current;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            current = Volatile.Read(ref snapshot);
            if (current is not null && current.Stamp == stamp)
            {
                return current;
            }

            var entries = (await store.ListAsync(cancellationToken))
                .Where(a => a.State == OfficialAnswerStates.Published)
                .Select(a => new Entry(a, [.. a.Paraphrases.Prepend(a.Question).Select(reader.Read)]))
                .ToList();
            current = new Snapshot(stamp, entries);
            Volatile.Write(ref snapshot, current);
            return current;
        }
        finally
        {
            loading.Release();
        }
    }

    private sealed record Entry(OfficialAnswer Answer, IReadOnlyList<QuestionSignature> Signatures);

    private sealed record Snapshot(long Stamp, IReadOnlyList<Entry> Entries);
}
