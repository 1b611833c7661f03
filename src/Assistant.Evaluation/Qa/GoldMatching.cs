using Assistant.Core.Answers;
using Assistant.Core.Documents;
using Assistant.Core.Text;

namespace Assistant.Evaluation.Qa;

/// <summary>The matching rules of DESIGN.md: both sides normalised (NFC, lower case, "**" and whitespace removed).</summary>
public sealed class GoldMatching(IReadOnlyList<ParsedDocument> documents)
{
    private readonly Dictionary<string, string> documentKeys = documents.ToDictionary(
        d => d.Info.Id,
        d => VietnameseText.MatchKey(d.Body),
        StringComparer.Ordinal);

    /// <summary>Whether a retrieved passage is relevant to the gold question.</summary>
    public static bool IsRelevant(string doc, string text, GoldQuestion gold)
    {
        var key = VietnameseText.MatchKey(text);
        return gold.Evidence?.Any(e => e.Doc == doc && key.Contains(VietnameseText.MatchKey(e.Text!), StringComparison.Ordinal)) == true;
    }

    /// <summary>Whether the answer states one of the facts, with or without diacritics.</summary>
    public static bool StatesFact(string answer, IReadOnlyList<string>? facts)
    {
        if (facts is null || facts.Count == 0)
        {
            return false;
        }

        var key = VietnameseText.MatchKey(answer);
        var folded = VietnameseText.FoldedMatchKey(answer);
        return facts.Any(f => key.Contains(VietnameseText.MatchKey(f), StringComparison.Ordinal)
            || folded.Contains(VietnameseText.FoldedMatchKey(f), StringComparison.Ordinal));
    }

    /// <summary>Whether the citation's text is found in its document.</summary>
    public bool IsValid(Citation citation) =>
        documentKeys.TryGetValue(citation.Doc, out var key) && key.Contains(VietnameseText.MatchKey(citation.Text), StringComparison.Ordinal);
}
