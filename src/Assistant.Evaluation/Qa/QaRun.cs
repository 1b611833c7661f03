using Assistant.Evaluation.Peer;

namespace Assistant.Evaluation.Qa;

/// <summary>A whole QA run: the gold questions, the bad gold lines, each answerer's results and the FTS5 peer's.</summary>
/// <param name="Questions">The valid gold questions, in file order.</param>
/// <param name="Errors">One line per bad gold line.</param>
/// <param name="Modes">One result set per answerer, the first being the headline one.</param>
/// <param name="Peer">The peer's results, or null when it did not run.</param>
public sealed record QaRun(IReadOnlyList<GoldQuestion> Questions, IReadOnlyList<string> Errors, IReadOnlyList<QaModeRun> Modes, IReadOnlyList<PeerItemResult>? Peer)
{
    /// <summary>The peer's metrics, or null.</summary>
    public PeerMetrics? PeerMetrics { get; } = Peer is null ? null : Assistant.Evaluation.Peer.PeerMetrics.From(Peer);

    /// <summary>The headline answerer's results.</summary>
    public QaModeRun Primary => Modes[0];

    /// <summary>Every category (all questions first, then each tag), with each answerer's and the peer's metrics.</summary>
    public IReadOnlyList<QaCategory> Categories => QaCategory.AllOf(this);
}
