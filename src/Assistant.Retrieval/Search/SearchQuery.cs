using Assistant.Core.Provinces;
using Assistant.Core.Text;

namespace Assistant.Retrieval.Search;

/// <summary>
/// The search terms of a question: its syllables without question words, and without the names of the
/// provinces it names (those choose documents, they are not what is asked about).
/// </summary>
internal sealed record SearchQuery(
    IReadOnlyList<string> ExactTerms,
    IReadOnlyList<string> FoldedTerms,
    IReadOnlyList<string> ExactBigrams,
    IReadOnlyList<string> FoldedBigrams,
    IReadOnlyList<string> ContentBigrams)
{
    public static SearchQuery Parse(string question, IReadOnlyList<ProvinceMention> provinces)
    {
        var analyzed = VietnameseAnalyzer.AnalyzeQuery(question);
        var keep = new bool[analyzed.Exact.Count];
        Array.Fill(keep, true);
        foreach (var name in provinces.SelectMany(NamesOf).Distinct(StringComparer.Ordinal))
        {
            RemoveSequence(analyzed.Folded, VietnameseAnalyzer.Analyze(name).Folded, keep);
        }

        var exact = analyzed.Exact.Where((_, i) => keep[i]).ToList();
        var folded = analyzed.Folded.Where((_, i) => keep[i]).ToList();
        var content = exact.Select((token, i) => !QueryStopWords.Contains(token) || IsUnaccentedNoun(folded, i)).ToList();
        return new SearchQuery(
            exact.Where((_, i) => content[i]).Distinct().ToList(),
            folded.Where((_, i) => content[i]).Distinct().ToList(),
            Pairs(exact, content, both: false),
            Pairs(folded, content, both: false),
            Pairs(folded, content, both: true));
    }

    /// <summary>
    /// "bao" asks a question only in "bao nhiêu", "bao lâu", "bao giờ"; elsewhere it is "báo" typed without marks
    /// ("bao chi" = báo chí, "bao cao" = báo cáo).
    /// </summary>
    private static bool IsUnaccentedNoun(IReadOnlyList<string> folded, int i) =>
        folded[i] == "bao" && (i + 1 == folded.Count || folded[i + 1] is not ("nhieu" or "lau" or "gio"));

    /// <summary>
    /// Every name of a named province ("Hải Dương cũ, nay là Hải Phòng" names one province twice); former names that
    /// are also common phrases ("hòa bình") only as they matched.
    /// </summary>
    private static IEnumerable<string> NamesOf(ProvinceMention mention) =>
        mention.Province.Former.Where(former => !former.Ambiguous).SelectMany(former => former.Aliases.Prepend(former.Name))
            .Concat(mention.Province.Aliases)
            .Prepend(mention.Province.Name)
            .Prepend(mention.MatchedName);

    /// <summary>Adjacent pairs with one content syllable (<paramref name="both"/>: two).</summary>
    private static IReadOnlyList<string> Pairs(IReadOnlyList<string> tokens, IReadOnlyList<bool> content, bool both)
    {
        var pairs = new List<string>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (both ? content[i] && content[i + 1] : content[i] || content[i + 1])
            {
                pairs.Add(tokens[i] + "_" + tokens[i + 1]);
            }
        }

        return pairs.Distinct().ToList();
    }

    private static void RemoveSequence(IReadOnlyList<string> tokens, IReadOnlyList<string> sequence, bool[] keep)
    {
        if (sequence.Count == 0)
        {
            return;
        }

        for (var start = 0; start + sequence.Count <= tokens.Count; start++)
        {
            var matches = true;
            for (var j = 0; j < sequence.Count && matches; j++)
            {
                matches = tokens[start + j] == sequence[j];
            }

            if (matches)
            {
                Array.Fill(keep, false, start, sequence.Count);
            }
        }
    }
}
