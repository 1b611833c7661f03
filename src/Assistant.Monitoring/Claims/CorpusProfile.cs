using Assistant.Core.Documents;
using Assistant.Core.Text;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// What the monitor knows of the indexed corpus, read once per set of documents: the facts about documents, how
/// many passages hold each folded syllable (for the rarity of a post's terms), the folded word pairs the documents
/// use (for topical overlap), and each passage read once: its text, numbers and clauses.
/// </summary>
internal sealed class CorpusProfile
{
    private readonly Dictionary<string, int> passagesWith;
    private readonly HashSet<string> pairs;
    private readonly int passageCount;

    private CorpusProfile(IReadOnlyList<ParsedDocument> documents)
    {
        Documents = documents;
        Facts = OfficialFacts.Read(documents);
        passagesWith = new Dictionary<string, int>(StringComparer.Ordinal);
        pairs = new HashSet<string>(StringComparer.Ordinal);
        var passages = new List<(ParsedDocument Document, Passage Passage, ClaimText Text)>();
        foreach (var document in documents)
        {
            foreach (var passage in document.Passages)
            {
                var folded = VietnameseAnalyzer.Analyze(passage.Text).Folded;
                foreach (var term in folded.Distinct(StringComparer.Ordinal))
                {
                    passagesWith[term] = passagesWith.GetValueOrDefault(term) + 1;
                }

                foreach (var pair in ContentPairs(folded))
                {
                    pairs.Add(pair);
                }

                passages.Add((document, passage, ClaimText.Of(passage.Text)));
            }
        }

        passageCount = Math.Max(1, passages.Count);
        var clausesOf = new Dictionary<Passage, IReadOnlyList<OfficialClause>>(ReferenceEqualityComparer.Instance);
        var quantitiesOf = new Dictionary<Passage, IReadOnlyList<Quantity>>(ReferenceEqualityComparer.Instance);
        foreach (var (document, passage, text) in passages)
        {
            quantitiesOf[passage] = text.Quantities();
            clausesOf[passage] = text.Segments()
                .Select(s => new OfficialClause(document, passage, text, s.Start, s.Length, ClauseMatch.PairsOf(text, s.Start, s.Length, [])))
                .ToList();
        }

        QuantitiesOf = quantitiesOf;
        PeriodOf = ReadPeriods(passages, quantitiesOf);
        ClausesOf = clausesOf;
        ClausesOfDocument = passages.GroupBy(p => p.Document.Info.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ClausePool.Indexed(g.SelectMany(p => clausesOf[p.Passage]).ToList()), StringComparer.Ordinal);
    }

    /// <summary>The documents this profile was read from.</summary>
    public IReadOnlyList<ParsedDocument> Documents { get; }

    /// <summary>Dates, signers, places and numbers of the documents.</summary>
    public OfficialFacts Facts { get; }

    /// <summary>The numbers of each passage, by reference.</summary>
    public IReadOnlyDictionary<Passage, IReadOnlyList<Quantity>> QuantitiesOf { get; }

    /// <summary>The period each passage's numbers are for, by reference (passages with none are left out).</summary>
    public IReadOnlyDictionary<Passage, Period> PeriodOf { get; }

    /// <summary>The clauses of each passage, by reference.</summary>
    public IReadOnlyDictionary<Passage, IReadOnlyList<OfficialClause>> ClausesOf { get; }

    /// <summary>The clauses of each document, indexed by word pair, by document id.</summary>
    public IReadOnlyDictionary<string, ClausePool> ClausesOfDocument { get; }

    /// <summary>
    /// The period of each passage: the stage its text names (when it names one), else the innermost heading naming
    /// one, else the stage of the passage before it when both hold numbers (a list of targets after
    /// "giai đoạn 2026 - 2030" written as paragraphs).
    /// </summary>
    private static Dictionary<Passage, Period> ReadPeriods(
        IReadOnlyList<(ParsedDocument Document, Passage Passage, ClaimText Text)> passages,
        IReadOnlyDictionary<Passage, IReadOnlyList<Quantity>> quantitiesOf)
    {
        var periods = new Dictionary<Passage, Period>(ReferenceEqualityComparer.Instance);
        Period? carried = null;
        ParsedDocument? document = null;
        foreach (var (owner, passage, text) in passages)
        {
            if (!ReferenceEquals(owner, document))
            {
                (document, carried) = (owner, null);
            }

            var own = text.Periods().Where(p => p.From < p.To).ToList();
            var period = own.Count == 1 ? own[0]
                : passage.Headings.Reverse().Select(h => ClaimText.Of(h).Periods().FirstOrDefault(p => p.From < p.To)).FirstOrDefault(p => p is not null)
                ?? (quantitiesOf[passage].Count > 0 ? carried : null);
            if (period is not null)
            {
                periods[passage] = period;
            }

            carried = period is not null && (quantitiesOf[passage].Count > 0 || own.Count == 1) ? period : null;
        }

        return periods;
    }

    /// <summary>Reads the profile of a set of documents.</summary>
    public static CorpusProfile Read(IReadOnlyList<ParsedDocument> documents) => new(documents);

    /// <summary>Inverse passage frequency of a folded syllable (0 when no passage holds it).</summary>
    public double Rarity(string foldedTerm) =>
        passagesWith.TryGetValue(foldedTerm, out var count) ? Math.Log(1 + ((double)passageCount / count)) : 0;

    /// <summary>True when some passage holds the folded pair of content syllables ("giao_duc").</summary>
    public bool HasPair(string foldedPair) => pairs.Contains(foldedPair);

    /// <summary>Adjacent pairs of folded syllables where neither is a stop word, joined by '_'.</summary>
    public static IEnumerable<string> ContentPairs(IReadOnlyList<string> folded)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            if (IsContent(folded[i]) && IsContent(folded[i + 1]))
            {
                yield return folded[i] + "_" + folded[i + 1];
            }
        }
    }

    /// <summary>True for a folded syllable that carries meaning (not a stop word, not a lone digit).</summary>
    public static bool IsContent(string folded) =>
        folded.Length > 1 && !QueryStopWords.Contains(folded) && !char.IsDigit(folded[0]);
}
