using System.Runtime.CompilerServices;
using Assistant.Core.Documents;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// How rare each folded syllable is across the passages of the corpus (inverse document frequency): words every
/// passage shares ("kế hoạch", "nghị quyết") say little about which sentence answers; rare ones ("kinh phí") say much.
/// </summary>
internal sealed class TermRarity
{
    private static readonly ConditionalWeakTable<IReadOnlyList<ParsedDocument>, TermRarity> Cache = [];

    private readonly Dictionary<string, double> weights;
    private readonly double unseen;

    private TermRarity(IReadOnlyList<ParsedDocument> documents)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var passages = 0;
        foreach (var passage in documents.SelectMany(d => d.Passages))
        {
            passages++;
            foreach (var word in PassageReading.WordsOf(passage))
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        weights = frequency.ToDictionary(p => p.Key, p => Weight(passages, p.Value), StringComparer.Ordinal);
        unseen = Weight(passages, 0);
    }

    /// <summary>The rarity table of <paramref name="documents"/>, computed once per document list.</summary>
    public static TermRarity Of(IReadOnlyList<ParsedDocument> documents) => Cache.GetValue(documents, d => new TermRarity(d));

    /// <summary>The weight of a folded syllable: higher for rarer words; words absent from the corpus weigh most.</summary>
    public double Weight(string folded) => weights.GetValueOrDefault(folded, unseen);

    private static double Weight(int passages, int frequency) => Math.Log(1 + ((passages + 1.0) / (frequency + 1.0)));
}
