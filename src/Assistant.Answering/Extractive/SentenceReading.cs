using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// One sentence with its folded syllables (in order and as a set), its syllable pairs, and its folded lower-case text.
/// </summary>
internal sealed record SentenceReading(string Text, IReadOnlyList<string> Tokens, IReadOnlySet<string> Words, IReadOnlySet<string> Pairs, string Folded)
{
    public static SentenceReading Of(string sentence)
    {
        var analyzed = VietnameseAnalyzer.Analyze(sentence);
        return new SentenceReading(
            sentence,
            analyzed.Folded,
            analyzed.Folded.ToHashSet(StringComparer.Ordinal),
            analyzed.FoldedBigrams.ToHashSet(StringComparer.Ordinal),
            VietnameseText.Fold(sentence).ToLowerInvariant());
    }
}
