using Assistant.Evaluation.Peer;

namespace Assistant.Evaluation.Qa;

/// <summary>The metrics of one category of gold questions (a tag such as <c>no-diacritics</c>, or every question).</summary>
/// <param name="Tag">The tag, or <see cref="All"/>.</param>
/// <param name="Questions">Questions in the category.</param>
/// <param name="Modes">Each answerer's metrics on them, in the order of <see cref="QaRun.Modes"/>.</param>
/// <param name="Peer">The peer's metrics on them, or null.</param>
public sealed record QaCategory(string Tag, int Questions, IReadOnlyList<QaMetrics> Modes, PeerMetrics? Peer)
{
    /// <summary>The category of every question.</summary>
    public const string All = "all";

    /// <summary>The derived tag of questions not tagged <c>no-diacritics</c>.</summary>
    public const string WithDiacritics = "with-diacritics";

    /// <summary>The gold tag of questions typed without diacritics.</summary>
    public const string NoDiacritics = "no-diacritics";

    /// <summary>True when the peer's hit@5 beats the headline answerer's on the category's answerable questions.</summary>
    public bool PeerWins => Peer is { } peer && peer.Retrieval.Items > 0 && peer.Retrieval.HitAt5 > Modes[0].Retrieval.HitAt5;

    /// <summary>The tags of a question: its own, plus <see cref="WithDiacritics"/> when not tagged <see cref="NoDiacritics"/>.</summary>
    public static IReadOnlyList<string> TagsOf(GoldQuestion gold)
    {
        var tags = (gold.Tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        if (!tags.Contains(NoDiacritics))
        {
            tags.Add(WithDiacritics);
        }

        return tags;
    }

    /// <summary>Every category of the run: <see cref="All"/> first, then each tag in name order.</summary>
    public static IReadOnlyList<QaCategory> AllOf(QaRun run)
    {
        var tags = run.Questions.SelectMany(TagsOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [Of(run, All, _ => true), .. tags.Select(tag => Of(run, tag, gold => TagsOf(gold).Contains(tag)))];
    }

    private static QaCategory Of(QaRun run, string tag, Func<GoldQuestion, bool> member)
    {
        var modes = run.Modes.Select(m => QaMetrics.From([.. m.Items.Where(i => member(i.Gold))])).ToList();
        var peer = run.Peer is null ? null : PeerMetrics.From([.. run.Peer.Where(i => member(i.Gold))]);
        return new QaCategory(tag, run.Questions.Count(member), modes, peer);
    }
}
