using Assistant.Core.Documents;
using Assistant.Core.Retrieval;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// What every rule of one post reads: the post, the retrieved passages, the corpus profile, the documents the post
/// names and the official clauses to compare with. Comparisons two rules share are computed once, on first use.
/// </summary>
internal sealed class ClaimContext(
    ClaimText post,
    IReadOnlyList<ScoredPassage> hits,
    CorpusProfile corpus,
    IReadOnlyList<ParsedDocument> targets,
    ClausePool pool,
    ClaimCheckOptions settings)
{
    private IReadOnlyList<QuantityOutcome>? quantities;

    /// <summary>The post's reading.</summary>
    public ClaimText Post { get; } = post;

    /// <summary>The passages retrieved for the post, best first.</summary>
    public IReadOnlyList<ScoredPassage> Hits { get; } = hits;

    /// <summary>The indexed documents' profile.</summary>
    public CorpusProfile Corpus { get; } = corpus;

    /// <summary>The documents the post names by province or number.</summary>
    public IReadOnlyList<ParsedDocument> Targets { get; } = targets;

    /// <summary>The official clauses: those of the one named document, else those of the retrieved passages.</summary>
    public ClausePool Pool { get; } = pool;

    /// <summary>The claim check's settings.</summary>
    public ClaimCheckOptions Settings { get; } = settings;

    /// <summary>The one document the post names, or null when it names none or several.</summary>
    public ParsedDocument? Target => Targets.Count == 1 ? Targets[0] : null;

    /// <summary>How each number of the post compares with the official numbers (shared by the quantity and period rules).</summary>
    public IReadOnlyList<QuantityOutcome> Quantities => quantities ??= QuantityComparison.Compare(Post, Hits, Corpus, Settings);
}
