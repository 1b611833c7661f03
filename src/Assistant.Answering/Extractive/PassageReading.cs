using System.Runtime.CompilerServices;
using Assistant.Core.Documents;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// A passage analysed once for sentence selection: its heading words and its sentences with their syllables.
/// Kept per passage instance for as long as the index holds the passage.
/// </summary>
internal sealed record PassageReading(IReadOnlySet<string> HeadingWords, IReadOnlyList<SentenceReading> Sentences)
{
    private static readonly ConditionalWeakTable<Passage, PassageReading> Cache = [];

    /// <summary>The reading of <paramref name="passage"/>, analysed on first use.</summary>
    public static PassageReading Of(Passage passage) => Cache.GetValue(passage, Read);

    private static PassageReading Read(Passage passage) => new(
        VietnameseAnalyzer.Analyze(string.Join(" ", passage.Headings)).Folded.ToHashSet(StringComparer.Ordinal),
        SentenceSelector.Split(passage.Text).Select(SentenceReading.Of).ToList());
}
