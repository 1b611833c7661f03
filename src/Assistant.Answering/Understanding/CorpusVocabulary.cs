using Assistant.Core.Documents;
using Assistant.Core.Text;

namespace Assistant.Answering.Understanding;

/// <summary>
/// The words of the indexed documents, for correcting typos against them: each word with its count, the most
/// frequent spelling of each folded word, and the pairs of neighbouring words.
/// </summary>
internal sealed class CorpusVocabulary
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Word, int Count)> byFolded = new(StringComparer.Ordinal);
    private readonly HashSet<string> pairs = new(StringComparer.Ordinal);

    /// <summary>The vocabulary of <paramref name="documents"/>.</summary>
    public CorpusVocabulary(IReadOnlyList<ParsedDocument> documents)
    {
        foreach (var passage in documents.SelectMany(d => d.Passages))
        {
            var words = VietnameseAnalyzer.Tokenize(VietnameseText.Normalize(passage.Text).ToLowerInvariant());
            for (var i = 0; i < words.Count; i++)
            {
                counts[words[i]] = counts.GetValueOrDefault(words[i]) + 1;
                if (i > 0)
                {
                    pairs.Add(words[i - 1] + " " + words[i]);
                    pairs.Add(VietnameseText.Fold(words[i - 1]) + " " + VietnameseText.Fold(words[i]));
                }
            }
        }

        foreach (var (word, count) in counts)
        {
            var folded = VietnameseText.Fold(word);
            if (!byFolded.TryGetValue(folded, out var best) || count > best.Count)
            {
                byFolded[folded] = (word, count);
            }
        }
    }

    /// <summary>True when a document has this lower-case word, spelled so.</summary>
    public bool Contains(string word) => counts.ContainsKey(word);

    /// <summary>True when a document has a word that folds to this one.</summary>
    public bool ContainsFolded(string folded) => byFolded.ContainsKey(folded);

    /// <summary>How often the word occurs.</summary>
    public int Count(string word) => counts.GetValueOrDefault(word);

    /// <summary>True when the two words stand next to each other somewhere (compared as given: both spelled or both folded).</summary>
    public bool HasPair(string first, string second) => pairs.Contains(first + " " + second);

    /// <summary>The words one letter away from <paramref name="folded"/> once folded (one letter added, removed or changed), with their spelling.</summary>
    public IEnumerable<string> OneEditAway(string folded)
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyz";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i <= folded.Length; i++)
        {
            foreach (var c in Letters)
            {
                seen.Add(folded[..i] + c + folded[i..]);
                if (i < folded.Length)
                {
                    seen.Add(folded[..i] + c + folded[(i + 1)..]);
                }
            }

            if (i < folded.Length)
            {
                seen.Add(folded[..i] + folded[(i + 1)..]);
            }
        }

        seen.Remove(folded);
        foreach (var candidate in seen)
        {
            if (byFolded.TryGetValue(candidate, out var best))
            {
                yield return best.Word;
            }
        }
    }
}
