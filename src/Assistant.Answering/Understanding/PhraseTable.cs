using Assistant.Core.Text;

namespace Assistant.Answering.Understanding;

/// <summary>
/// Finds word groups of a list in a message, longest first, and replaces them: a phrase word matches a message word
/// of the same letters in any case, or — when <see cref="MatchUnaccented"/> and the whole message is typed without
/// diacritics — a word whose letters are the same once folded; a phrase holding an acronym ("AI") matches only that spelling.
/// Words of one phrase may be separated only by spaces (or an apostrophe: "that's").
/// </summary>
internal sealed class PhraseTable
{
    private readonly Dictionary<string, List<Phrase>> byFirstWord = new(StringComparer.Ordinal);

    /// <summary>A phrase and what replaces it.</summary>
    /// <param name="Words">Its words, as listed.</param>
    /// <param name="Replacement">The text put in its place (empty to drop it).</param>
    /// <param name="ReplacementAtEnd">The text put in its place when nothing but politeness follows it in the sentence, or null.</param>
    public sealed record Phrase(string[] Words, string Replacement, string? ReplacementAtEnd = null)
    {
        /// <summary>True when the phrase holds an acronym in capitals ("AI") and matches only that spelling.</summary>
        public bool CaseSensitive { get; } = Words.Any(w => w.Length > 1 && w.All(char.IsUpper));
    }

    /// <summary>A table of <paramref name="phrases"/> (text, replacement, replacement at the end).</summary>
    public PhraseTable(IEnumerable<(string Text, string Replacement, string? AtEnd)> phrases, bool matchUnaccented)
    {
        MatchUnaccented = matchUnaccented;
        foreach (var (text, replacement, atEnd) in phrases)
        {
            var words = TextPiece.Split(text).Where(p => p.IsWord).Select(p => p.Text).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            var key = VietnameseText.Fold(words[0]).ToLowerInvariant();
            if (!byFirstWord.TryGetValue(key, out var list))
            {
                byFirstWord[key] = list = [];
            }

            list.Add(new Phrase(words, replacement, atEnd));
        }

        foreach (var list in byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>True when a phrase word also matches a word typed without diacritics.</summary>
    public bool MatchUnaccented { get; }

    /// <summary>The longest phrase starting at word <paramref name="start"/> of <paramref name="pieces"/>, and the index after its last word.</summary>
    public (Phrase Phrase, int End)? Match(IReadOnlyList<TextPiece> pieces, int start, bool? unaccentedMessage = null)
    {
        var unaccented = unaccentedMessage ?? TextPiece.AreUnaccented(pieces);
        if (!pieces[start].IsWord || !byFirstWord.TryGetValue(VietnameseText.Fold(pieces[start].Text).ToLowerInvariant(), out var candidates))
        {
            return null;
        }

        foreach (var phrase in candidates)
        {
            if (MatchesAt(pieces, start, phrase, unaccented) is { } end)
            {
                return (phrase, end);
            }
        }

        return null;
    }

    /// <summary>
    /// The pieces with every phrase replaced; <paramref name="isFiller"/> tells which following words still count as
    /// "nothing follows" for <see cref="Phrase.ReplacementAtEnd"/>; <paramref name="keepUntil"/> (the pieces, the start and
    /// end of the match, the phrase) may refuse a replacement, giving the index after the words kept as they are (none of
    /// which is then replaced either).
    /// </summary>
    public List<TextPiece> Replace(IReadOnlyList<TextPiece> pieces, Func<string, bool>? isFiller = null, Func<IReadOnlyList<TextPiece>, int, int, Phrase, int?>? keepUntil = null)
    {
        var unaccented = TextPiece.AreUnaccented(pieces);
        var result = new List<TextPiece>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (Match(pieces, i, unaccented) is not { } found)
            {
                result.Add(pieces[i]);
                continue;
            }

            if (keepUntil?.Invoke(pieces, i, found.End, found.Phrase) is { } kept)
            {
                result.AddRange(pieces.Skip(i).Take(kept - i));
                i = kept - 1;
                continue;
            }

            var replacement = found.Phrase.ReplacementAtEnd is { } atEnd && EndsSentence(pieces, found.End, isFiller) ? atEnd : found.Phrase.Replacement;
            if (replacement.Length > 0)
            {
                result.Add(new TextPiece(replacement, true));
            }

            i = found.End - 1;
        }

        return result;
    }

    private int? MatchesAt(IReadOnlyList<TextPiece> pieces, int start, Phrase phrase, bool unaccentedMessage)
    {
        var i = start;
        for (var w = 0; w < phrase.Words.Length; w++)
        {
            if (w > 0)
            {
                // One or more spaces (a dropped word leaves two separators side by side).
                var first = i;
                while (i < pieces.Count && !pieces[i].IsWord && pieces[i].Text.Trim(' ', '\t', '\'', '’').Length == 0)
                {
                    i++;
                }

                if (i == first)
                {
                    return null;
                }
            }

            if (i >= pieces.Count || !pieces[i].IsWord || !WordMatches(pieces[i].Text, phrase.Words[w], phrase.CaseSensitive, unaccentedMessage))
            {
                return null;
            }

            i++;
        }

        return i;
    }

    private bool WordMatches(string word, string phraseWord, bool caseSensitive, bool unaccentedMessage)
    {
        if (caseSensitive)
        {
            return string.Equals(word, phraseWord, StringComparison.Ordinal);
        }

        var lower = word.ToLowerInvariant();
        var wanted = phraseWord.ToLowerInvariant();
        return string.Equals(lower, wanted, StringComparison.Ordinal)
            || (MatchUnaccented && unaccentedMessage && string.Equals(lower, VietnameseText.Fold(wanted), StringComparison.Ordinal));
    }

    private static bool EndsSentence(IReadOnlyList<TextPiece> pieces, int from, Func<string, bool>? isFiller)
    {
        for (var i = from; i < pieces.Count; i++)
        {
            if (pieces[i].EndsSentence)
            {
                return true;
            }

            if (pieces[i].IsWord && (isFiller is null || !isFiller(pieces[i].Text.ToLowerInvariant())))
            {
                return false;
            }
        }

        return true;
    }
}
