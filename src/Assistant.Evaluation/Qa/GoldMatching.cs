using Assistant.Core.Answers;
using Assistant.Core.Documents;
using Assistant.Core.Text;
using Assistant.Evaluation.Ranking;

namespace Assistant.Evaluation.Qa;

/// <summary>The matching rules of DESIGN.md: both sides normalised (NFC, lower case, "**" and whitespace removed).</summary>
public sealed class GoldMatching
{
    private readonly Dictionary<string, string> documentKeys;
    private readonly List<(string Doc, string Key)> passageKeys;

    /// <summary>Prepares the match keys of the documents and of their passages.</summary>
    public GoldMatching(IReadOnlyList<ParsedDocument> documents)
    {
        documentKeys = documents.ToDictionary(d => d.Info.Id, d => VietnameseText.MatchKey(d.Body), StringComparer.Ordinal);
        passageKeys = [.. documents.SelectMany(d => d.Passages).Select(p => (p.DocId, VietnameseText.MatchKey(p.Text)))];
    }

    /// <summary>Whether a retrieved passage is relevant to the gold question.</summary>
    public static bool IsRelevant(string doc, string text, GoldQuestion gold) => IsRelevantKey(doc, VietnameseText.MatchKey(text), gold);

    /// <summary>
    /// Whether the answer states the gold question's facts, with or without diacritics: any one of them, or every one
    /// when the question needs every fact (<see cref="GoldQuestion.NeedsEveryFact"/>).
    /// </summary>
    public static bool StatesFact(string answer, GoldQuestion gold)
    {
        if (gold.Facts is not { Count: > 0 } facts)
        {
            return false;
        }

        var key = VietnameseText.MatchKey(answer);
        var folded = VietnameseText.FoldedMatchKey(answer);
        bool States(string fact) => key.Contains(VietnameseText.MatchKey(fact), StringComparison.Ordinal)
            || folded.Contains(VietnameseText.FoldedMatchKey(fact), StringComparison.Ordinal);
        return gold.NeedsEveryFact ? facts.All(States) : facts.Any(States);
    }

    /// <summary>Whether the citation's text is found in its document.</summary>
    public bool IsValid(Citation citation) =>
        documentKeys.TryGetValue(citation.Doc, out var key) && key.Contains(VietnameseText.MatchKey(citation.Text), StringComparison.Ordinal);

    /// <summary>How many passages of the corpus are relevant to the gold question.</summary>
    public int RelevantInCorpus(GoldQuestion gold) => passageKeys.Count(p => IsRelevantKey(p.Doc, p.Key, gold));

    /// <summary>The relevance of a ranked list of (document id, passage text), best first.</summary>
    public RankedRelevance Rank(IEnumerable<(string Doc, string Text)> ranked, GoldQuestion gold) =>
        new([.. ranked.Select(p => IsRelevant(p.Doc, p.Text, gold))], RelevantInCorpus(gold));

    private static bool IsRelevantKey(string doc, string key, GoldQuestion gold) =>
        gold.Evidence?.Any(e => e.Doc == doc && key.Contains(VietnameseText.MatchKey(e.Text!), StringComparison.Ordinal)) == true;
}
