using System.Text;
using Assistant.Core.Text;

namespace Assistant.Review.Workflow;

/// <summary>Near-duplicate detection for clustering: Jaccard overlap of folded word pairs.</summary>
public static class NearDuplicates
{
    /// <summary>Similarity 0–1 of two texts (1 for the same words in the same order, diacritics ignored).</summary>
    public static double Similarity(string a, string b) => Similarity(Shingles(a), Shingles(b));

    /// <summary>Similarity 0–1 of two shingle sets (see <see cref="Shingles"/>).</summary>
    public static double Similarity(IReadOnlySet<string> left, IReadOnlySet<string> right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = left.Count(right.Contains);
        return (double)shared / (left.Count + right.Count - shared);
    }

    /// <summary>The folded, lower-case word pairs of a text (single words for one-word texts).</summary>
    public static HashSet<string> Shingles(string text)
    {
        var words = Words(VietnameseText.Fold(text).ToLowerInvariant());
        if (words.Count == 1)
        {
            return [words[0]];
        }

        return Enumerable.Range(0, Math.Max(0, words.Count - 1)).Select(i => words[i] + " " + words[i + 1]).ToHashSet();
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '%')
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
