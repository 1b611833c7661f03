using Assistant.Core.Text;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Reads the adjacent pairs of content words of a clause, by which a clause of a post and an official clause are
/// found to speak about the same thing.
/// </summary>
internal static class ClauseMatch
{
    /// <summary>The folded content word pairs of a span of a text, leaving out the words inside the <paramref name="skip"/> spans.</summary>
    public static HashSet<string> PairsOf(ClaimText text, int start, int length, IReadOnlyList<(int Start, int Length)> skip)
    {
        var chars = text.Folded.Substring(start, length).ToCharArray();
        foreach (var (skipStart, skipLength) in skip)
        {
            for (var i = Math.Max(skipStart, start); i < Math.Min(skipStart + skipLength, start + length); i++)
            {
                chars[i - start] = ',';
            }
        }

        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var piece in new string(chars).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            pairs.UnionWith(CorpusProfile.ContentPairs(VietnameseAnalyzer.Tokenize(piece)));
        }

        return pairs;
    }
}
