using System.Runtime.CompilerServices;
using Assistant.Core.Documents;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// A passage analysed once for sentence selection: its heading words, the agency its heading names (when the
/// heading is one, as in "4. Sở Ngoại vụ"), its words and its sentences. Kept per passage instance for as long
/// as the index holds the passage.
/// </summary>
internal sealed record PassageReading(
    IReadOnlySet<string> HeadingWords,
    AgencyName? HeadingAgency,
    IReadOnlySet<string> Words,
    IReadOnlyList<SentenceReading> Sentences)
{
    private static readonly ConditionalWeakTable<Passage, PassageReading> Cache = [];

    /// <summary>The reading of <paramref name="passage"/>, analysed on first use.</summary>
    public static PassageReading Of(Passage passage) => Cache.GetValue(passage, Read);

    private static PassageReading Read(Passage passage)
    {
        var sentences = SentenceSelector.Split(passage.Text).Select(SentenceReading.Of).ToList();
        return new PassageReading(
            VietnameseAnalyzer.Analyze(string.Join(" ", passage.Headings)).Folded.ToHashSet(StringComparer.Ordinal),
            passage.Headings.Count == 0 ? null : AgencyName.FromHeading(passage.Headings[^1]),
            sentences.SelectMany(s => s.Words).ToHashSet(StringComparer.Ordinal),
            sentences);
    }
}
