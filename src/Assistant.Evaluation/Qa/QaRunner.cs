using Assistant.Core.Answers;
using Assistant.Core.Retrieval;
using Assistant.Evaluation.Gold;
using Assistant.Evaluation.Peer;

namespace Assistant.Evaluation.Qa;

/// <summary>
/// Runs gold questions through one or more answerers and, in the same run, through the FTS5 peer over the same
/// passages (those of <see cref="IRetriever.Documents"/>).
/// </summary>
public sealed class QaRunner(IRetriever retriever, TimeProvider time)
{
    /// <summary>Reads a gold question file against the indexed document ids; bad lines become errors naming the line.</summary>
    public GoldFile<GoldQuestion> ReadGold(string path)
    {
        var (questions, errors) = GoldQuestionReader.Read(path, retriever.Documents.Select(d => d.Info.Id).ToHashSet(StringComparer.Ordinal));
        return new GoldFile<GoldQuestion>(questions, errors);
    }

    /// <summary>Answers every valid question with each answerer, then runs the peer.</summary>
    /// <param name="gold">The gold questions and the errors of the bad lines.</param>
    /// <param name="answerers">(mode, answerer) pairs; the first is the headline one.</param>
    /// <param name="withPeer">Whether to run the FTS5 peer.</param>
    /// <param name="progress">Receives the number of steps done so far (see <see cref="StepsOf"/>).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<QaRun> RunAsync(
        GoldFile<GoldQuestion> gold,
        IReadOnlyList<KeyValuePair<string, IAnswerer>> answerers,
        bool withPeer,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(answerers.Count);
        var documents = retriever.Documents;
        var questions = gold.Items;
        var modes = new List<QaModeRun>(answerers.Count);
        foreach (var (mode, answerer) in answerers)
        {
            var offset = OffsetProgress.Of(progress, modes.Count * questions.Count);
            var items = await new QaEvaluator(answerer, documents).RunAsync(questions, offset, cancellationToken);
            modes.Add(new QaModeRun(mode, items));
        }

        var peer = withPeer
            ? new PeerEvaluator(documents, time).Run(questions, OffsetProgress.Of(progress, modes.Count * questions.Count), cancellationToken)
            : null;
        return new QaRun(questions, gold.Errors, modes, peer);
    }

    /// <summary>Steps a run takes: one per question for each answerer and for the peer.</summary>
    public static int StepsOf(int questions, int answerers, bool withPeer) => questions * (answerers + (withPeer ? 1 : 0));
}
