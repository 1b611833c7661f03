using Assistant.Core.Text;

namespace Assistant.Monitoring.KnownClaims;

/// <summary>
/// A text as counts of character 3-grams of its folded words (so typing without diacritics or with other tone
/// placement does not matter), with its norm for cosine similarity.
/// </summary>
internal sealed class ShingleVector
{
    private const int Size = 3;
    private readonly Dictionary<string, int> counts;
    private readonly double norm;

    private ShingleVector(Dictionary<string, int> counts)
    {
        this.counts = counts;
        norm = Math.Sqrt(counts.Values.Sum(c => (double)c * c));
    }

    /// <summary>The vector of a text.</summary>
    public static ShingleVector Of(string text)
    {
        var folded = VietnameseText.Fold(VietnameseText.Normalize(text)).ToLowerInvariant();
        var words = VietnameseAnalyzer.Tokenize(folded);
        var padded = " " + string.Join(' ', words) + " ";
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + Size <= padded.Length; i++)
        {
            var gram = padded.Substring(i, Size);
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return new ShingleVector(counts);
    }

    /// <summary>Cosine similarity, 0–1.</summary>
    public double Cosine(ShingleVector other)
    {
        if (norm == 0 || other.norm == 0)
        {
            return 0;
        }

        var (small, large) = counts.Count <= other.counts.Count ? (counts, other.counts) : (other.counts, counts);
        var dot = 0.0;
        foreach (var (gram, count) in small)
        {
            if (large.TryGetValue(gram, out var match))
            {
                dot += (double)count * match;
            }
        }

        return dot / (norm * other.norm);
    }
}
