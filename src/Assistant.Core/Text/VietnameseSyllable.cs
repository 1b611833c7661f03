using System.Globalization;
using System.Text;

namespace Assistant.Core.Text;

/// <summary>
/// Whether a word is a well-formed Vietnamese syllable: an initial consonant (or none), one of the language's rhymes,
/// and a tone the rhyme allows (a rhyme closed by p, t, c or ch takes only the acute or the dot below). Tells a word
/// typed with its keys left in ("tieenf", "quyeets") from the syllable they make ("tiền", "quyết"), whatever the
/// documents happen to use.
/// </summary>
public static class VietnameseSyllable
{
    private static readonly string[] Initials =
        ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];

    private static readonly HashSet<string> Rhymes = new(
        """
        a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
        e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
        i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
        o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oc oe oen oeo oet oi om on ong ooc oong op ot
        ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
        u ua uân uâng uât uây uc uê uêch uênh ui um un ung uơ uôc uôi uôm uôn uông uôt up ut uy uya uych uyên uyêt uynh uyt uyu
        ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
        y yêm yên yêng yêt yêu
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Combining tone marks: grave, acute, tilde, hook above, dot below.</summary>
    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>True when <paramref name="word"/> (any case) is one well-formed Vietnamese syllable.</summary>
    public static bool IsWellFormed(string word)
    {
        if (string.IsNullOrEmpty(word))
        {
            return false;
        }

        var (letters, tone) = Split(word.ToLowerInvariant());
        if (letters.Length == 0 || letters.Any(c => !char.IsLetter(c)))
        {
            return false;
        }

        foreach (var initial in Initials.Where(i => letters.StartsWith(i, StringComparison.Ordinal)).Append(string.Empty))
        {
            var rhyme = letters[initial.Length..];

            // "gi" and "qu" keep their vowel as part of the initial ("gia", "quyết"), yet "gì" is g + ì.
            if (Rhymes.Contains(rhyme) && AllowsTone(rhyme, tone))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllowsTone(string rhyme, char? tone) =>
        !(rhyme.EndsWith('p') || rhyme.EndsWith('t') || rhyme.EndsWith('c') || rhyme.EndsWith("ch", StringComparison.Ordinal))
        || tone is '\u0301' or '\u0323';

    /// <summary>The word's letters with their vowel marks (â, ơ, ư…) but without the tone, and the tone mark if any.</summary>
    private static (string Letters, char? Tone) Split(string word)
    {
        char? tone = null;
        var letters = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (ToneMarks.Contains(c))
            {
                if (tone is not null)
                {
                    return (string.Empty, null);
                }

                tone = c;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark || c is '\u0302' or '\u0306' or '\u031B')
            {
                letters.Append(c);
            }
        }

        return (letters.ToString().Normalize(NormalizationForm.FormC), tone);
    }
}
