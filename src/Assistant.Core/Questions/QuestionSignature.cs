namespace Assistant.Core.Questions;

/// <summary>
/// What a question is about, as the question understanding reads it: its folded content terms (and their pairs, so word
/// order counts a little) and the provinces it names. Two questions mean the same when their signatures are similar.
/// </summary>
public sealed record QuestionSignature
{
    /// <summary>A signature of <paramref name="terms"/> (in question order) and <paramref name="provinces"/> (slugs).</summary>
    public QuestionSignature(IReadOnlyList<string> terms, IEnumerable<string> provinces)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Features = terms.Concat(terms.Zip(terms.Skip(1), (a, b) => a + " " + b)).ToHashSet(StringComparer.Ordinal);
        Provinces = provinces.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Content terms and consecutive pairs of them.</summary>
    public IReadOnlySet<string> Features { get; }

    /// <summary>Province slugs the question names.</summary>
    public IReadOnlySet<string> Provinces { get; }

    /// <summary>True when the question names nothing to compare (small talk, empty).</summary>
    public bool IsEmpty => Features.Count == 0;

    /// <summary>
    /// Dice coefficient of the features, from 0 to 1; 0 when both name provinces and none in common (the same question of
    /// another province is another question).
    /// </summary>
    public double SimilarityTo(QuestionSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsEmpty || other.IsEmpty || (Provinces.Count > 0 && other.Provinces.Count > 0 && !Provinces.Overlaps(other.Provinces)))
        {
            return 0;
        }

        var common = Features.Count(other.Features.Contains);
        return 2.0 * common / (Features.Count + other.Features.Count);
    }
}
