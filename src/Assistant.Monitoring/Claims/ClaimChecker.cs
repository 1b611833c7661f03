using Assistant.Core.Monitoring;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;
using Assistant.Core.Text;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Compares a post with the official text it speaks about by running every registered <see cref="IClaimRule"/>
/// (numbers and their periods, dates, signers and issuers of documents, repeal claims, duties said to be cut, which
/// agency does what, reporting cycles, invented obligations); each reason carries its rule's id. Passages are
/// retrieved with a bounded query of the post's rarest terms. Thread-safe.
/// </summary>
public sealed class ClaimChecker
{
    private readonly IRetriever retriever;
    private readonly ProvinceDirectory provinces;
    private readonly IReadOnlyList<IClaimRule> rules;
    private readonly ClaimCheckOptions settings;
    private readonly IChatWriting? writing;
    private CorpusProfile? profile;

    internal ClaimChecker(IRetriever retriever, ProvinceDirectory provinces, IEnumerable<IClaimRule> rules, IOptions<ClaimCheckOptions> options, IChatWriting? writing = null)
    {
        this.retriever = retriever;
        this.writing = writing;
        this.provinces = provinces;
        this.rules = rules.ToList();
        settings = options.Value;
    }

    /// <summary>The ids of the rules run, in order.</summary>
    public IReadOnlyList<string> RuleIds => rules.Select(r => r.Id).ToList();

    /// <summary>Checks a post against the corpus.</summary>
    public ClaimCheckResult Check(string text) => Check(Read(text));

    /// <summary>
    /// Reads a post once for the relevance, the query and the comparisons. A post typed without diacritics (chat
    /// style: "ko", "dc", "kh") is read through the question understanding's reading of chat writing when it is
    /// registered, as chat questions are; an accented post is compared as written, so its figures and names stay exact.
    /// </summary>
    internal PostReading Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reading = ClaimText.Of(text);
        if (writing is not null && reading.IsUnaccented)
        {
            reading = ClaimText.Of(writing.WriteOut(text));
        }

        return new PostReading(reading, VietnameseAnalyzer.AnalyzeQuery(reading.Original), provinces.FindIn(reading.Original));
    }

    /// <summary>The profile of the documents indexed now (read again when the index is swapped).</summary>
    internal CorpusProfile Profile()
    {
        var documents = retriever.Documents;
        var current = Volatile.Read(ref profile);
        if (current is not null && ReferenceEquals(current.Documents, documents))
        {
            return current;
        }

        var read = CorpusProfile.Read(documents);
        Volatile.Write(ref profile, read);
        return read;
    }

    /// <summary>Checks a post already read.</summary>
    internal ClaimCheckResult Check(PostReading post)
    {
        var corpus = Profile();
        var query = ClaimQuery.Build(post.Analyzed, post.Provinces, corpus, settings.MaxQueryTerms);
        var search = query.Length == 0 ? null : retriever.Search(query, settings.TopPassages);
        var hits = search?.Hits ?? [];
        var targets = DocumentTargets.Of(post.Text, corpus.Facts);
        var pool = targets.Count == 1
            ? corpus.ClausesOfDocument.GetValueOrDefault(targets[0].Info.Id) ?? new ClausePool([])
            : new ClausePool(hits.SelectMany(h => corpus.ClausesOf.GetValueOrDefault(h.Passage) ?? []).ToList());

        var context = new ClaimContext(post.Text, hits, corpus, targets, pool, settings);
        var findings = new ClaimFindings();
        foreach (var rule in rules)
        {
            findings.Begin(rule.Id);
            rule.Check(context, findings);
        }

        var passages = findings.Used.Select(s => s.ToOfficialPassage())
            .Concat(hits.Select(h => new OfficialPassage(h.Passage.DocId, h.Passage.Section, h.Passage.Text)))
            .DistinctBy(p => (p.Doc, p.Section, p.Text))
            .Take(Math.Max(settings.TopPassages, findings.Used.Count))
            .ToList();
        return new ClaimCheckResult(findings.Reasons.ToList(), findings.Agreements, passages, search?.QueryCoverage ?? 0);
    }
}
