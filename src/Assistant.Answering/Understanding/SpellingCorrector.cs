using Assistant.Core.Text;

namespace Assistant.Answering.Understanding;

/// <summary>
/// Corrects the words of a question that no document uses against the documents' own words: Telex keys left in
/// ("truyeenf thoong"), a doubled last letter ("giáo dụcc"), or — for a word typed without marks in a message typed with
/// them — one letter off when the correction stands next to a neighbouring word somewhere in the documents ("chỉ tiu" →
/// "chỉ tiêu"). Telex keys and a doubled letter are also undone where the result is a Vietnamese syllable the typed word
/// is not ("tieenf" → "tiền"), even when no document uses it. A word with its marks ("trăm") is a real word the
/// documents happen not to use, and is left alone; so are the words the lexicon or the province list knows.
/// </summary>
internal sealed class SpellingCorrector(CorpusVocabulary vocabulary, IReadOnlySet<string> knownWords)
{
    private const int MinimumEditLength = 3;

    /// <summary>The pieces with each unknown word corrected where the documents show what was meant.</summary>
    public List<TextPiece> Correct(IReadOnlyList<TextPiece> pieces, bool mixedTyping)
    {
        var result = pieces.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].IsWord && Corrected(result, i, mixedTyping) is { } corrected)
            {
                result[i] = new TextPiece(corrected, true);
            }
        }

        return result;
    }

    private string? Corrected(List<TextPiece> pieces, int index, bool mixedTyping)
    {
        var word = pieces[index].Text.ToLowerInvariant();
        if (word.Length < 2 || word.Any(char.IsDigit) || IsKnown(word))
        {
            return null;
        }

        if (TelexDecoder.Decode(word) is { } decoded && (IsKnown(decoded) || MakesSyllable(word, decoded)))
        {
            return decoded;
        }

        if (word.Length > 2 && word[^1] == word[^2] && (IsKnown(word[..^1]) || MakesSyllable(word, word[..^1])))
        {
            return word[..^1];
        }

        var folded = VietnameseText.Fold(word);
        if (!mixedTyping || folded != word || folded.Length < MinimumEditLength || vocabulary.ContainsFolded(folded))
        {
            return null;
        }

        var previous = Neighbour(pieces, index, -1);
        var next = Neighbour(pieces, index, +1);
        return vocabulary.OneEditAway(folded)
            .Where(candidate => (previous is not null && Pair(previous, candidate)) || (next is not null && Pair(candidate, next)))
            .OrderByDescending(vocabulary.Count)
            .ThenBy(candidate => candidate, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The typed word is no Vietnamese syllable and its correction is one ("tieenf" → "tiền", "nàoo" → "nào").</summary>
    private static bool MakesSyllable(string typed, string corrected) =>
        VietnameseSyllable.IsWellFormed(corrected) && !VietnameseSyllable.IsWellFormed(typed);

    private bool IsKnown(string word) =>
        vocabulary.Contains(word) || knownWords.Contains(word) || (VietnameseText.IsUnaccented(word) && vocabulary.ContainsFolded(word));

    private bool Pair(string first, string second) =>
        vocabulary.HasPair(first, second) || vocabulary.HasPair(VietnameseText.Fold(first), VietnameseText.Fold(second));

    private static string? Neighbour(List<TextPiece> pieces, int index, int step)
    {
        var i = index + step;
        if (i >= 0 && i < pieces.Count && !pieces[i].IsWord && pieces[i].Text.Trim().Length == 0)
        {
            i += step;
        }

        return i >= 0 && i < pieces.Count && pieces[i].IsWord ? pieces[i].Text.ToLowerInvariant() : null;
    }
}
