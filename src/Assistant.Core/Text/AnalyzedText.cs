namespace Assistant.Core.Text;

/// <summary>The tokens of a text in the two views the index keeps: exact (with diacritics) and folded.</summary>
/// <param name="Exact">Lower-case syllables with their diacritics, tone placement normalised.</param>
/// <param name="Folded">The same syllables without diacritics (đ→d).</param>
public sealed record AnalyzedText(IReadOnlyList<string> Exact, IReadOnlyList<string> Folded)
{
    /// <summary>Adjacent syllable pairs of <see cref="Exact"/>, joined by '_' ("giáo_dục").</summary>
    public IReadOnlyList<string> ExactBigrams => Bigrams(Exact);

    /// <summary>Adjacent syllable pairs of <see cref="Folded"/> ("giao_duc").</summary>
    public IReadOnlyList<string> FoldedBigrams => Bigrams(Folded);

    /// <summary>Pairs of adjacent tokens joined by '_'.</summary>
    public static IReadOnlyList<string> Bigrams(IReadOnlyList<string> tokens)
    {
        var pairs = new string[Math.Max(0, tokens.Count - 1)];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = tokens[i] + "_" + tokens[i + 1];
        }

        return pairs;
    }
}
