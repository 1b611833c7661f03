using System.Text;
using Assistant.Core.Text;

namespace Assistant.Answering.Understanding;

/// <summary>
/// Reads a word typed in Telex whose keys were not converted ("truyeenf" → "truyền", "thoong" → "thông",
/// "quyeets" → "quyết"): doubled vowels and "w" make the marked vowels, "dd" makes "đ", and a final s/f/r/x/j the tone.
/// </summary>
internal static class TelexDecoder
{
    private const string Vowels = "aăâeêioôơuưy";

    private static readonly Dictionary<char, char> ToneKeys = new()
    {
        ['s'] = '\u0301', ['f'] = '\u0300', ['r'] = '\u0309', ['x'] = '\u0303', ['j'] = '\u0323',
    };

    /// <summary>The decoded word, or null when it holds no Telex keys.</summary>
    public static string? Decode(string word)
    {
        var lower = word.ToLowerInvariant();
        char? tone = null;
        if (lower.Length > 2 && ToneKeys.TryGetValue(lower[^1], out var mark) && lower[..^1].Any(c => Vowels.Contains(c)))
        {
            tone = mark;
            lower = lower[..^1];
        }

        var letters = new StringBuilder(lower.Length);
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            var next = i + 1 < lower.Length ? lower[i + 1] : '\0';
            var marked = (c, next) switch
            {
                ('d', 'd') => 'đ',
                ('a', 'a') => 'â',
                ('e', 'e') => 'ê',
                ('o', 'o') => 'ô',
                ('a', 'w') => 'ă',
                ('o', 'w') => 'ơ',
                ('u', 'w') => 'ư',
                _ => '\0',
            };
            if (marked != '\0')
            {
                letters.Append(marked);
                i++;
            }
            else if (c == 'w' && letters.Length > 0 && letters[^1] == 'u')
            {
                letters[^1] = 'ư';
            }
            else
            {
                letters.Append(c);
            }
        }

        var decoded = letters.ToString().Replace("ưo", "ươ", StringComparison.Ordinal);
        if (tone is null && decoded == lower)
        {
            return null;
        }

        return tone is null ? decoded : WithTone(decoded, tone.Value);
    }

    /// <summary>Puts the tone on the vowel that carries it: a marked vowel, else the last vowel before a final consonant, else the first of two.</summary>
    private static string WithTone(string word, char tone)
    {
        var start = word.StartsWith("qu", StringComparison.Ordinal) || (word.StartsWith("gi", StringComparison.Ordinal) && word.Length > 2 && Vowels.Contains(word[2])) ? 2 : 0;
        var first = -1;
        var last = -1;
        for (var i = start; i < word.Length; i++)
        {
            if (Vowels.Contains(word[i]))
            {
                first = first < 0 ? i : first;
                last = i;
            }
            else if (first >= 0)
            {
                break;
            }
        }

        if (first < 0)
        {
            return word;
        }

        var marked = -1;
        for (var i = first; i <= last; i++)
        {
            if ("ăâêôơư".Contains(word[i]))
            {
                marked = i;
            }
        }

        var closed = last + 1 < word.Length;
        var at = marked >= 0 ? marked : closed || last == first ? last : last - first >= 2 ? first + 1 : first;
        return VietnameseText.Normalize((word[..(at + 1)] + tone + word[(at + 1)..]).Normalize(NormalizationForm.FormC));
    }
}
