using System.Text.RegularExpressions;
using Assistant.Core.Lexicon;
using Assistant.Core.Provinces;
using Assistant.Core.Text;

namespace Assistant.Core.Agencies;

/// <summary>
/// The agencies these documents name, from <c>corpus/lexicon/agencies.json</c>: the words an agency name opens with
/// ("Sở", "Bộ", "Ủy ban"…), the known bodies with their spellings and abbreviations ("Sở GD&amp;ĐT"), and the one way
/// to key and compare two agency mentions. Loaded and validated at start.
/// </summary>
public sealed class AgencyDirectory
{
    /// <summary>File of the agency data, in the lexicon folder.</summary>
    public const string FileName = "agencies.json";

    private static readonly HashSet<string> RomanNumerals = new(StringComparer.Ordinal)
    {
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
    };

    private readonly Regex heading;
    private readonly HashSet<string> leadingWords;

    private AgencyDirectory(IReadOnlyList<HeadEntry> heads, IReadOnlySet<string> fillers, IReadOnlyList<KnownAgency> known)
    {
        heading = new Regex(
            $"^({string.Join('|', heads.Select(h => Regex.Escape(h.Written!)))})\\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        leadingWords = heads.Where(h => h.LeadsSentence).Select(h => FirstFoldedWord(h.Written!)).ToHashSet(StringComparer.Ordinal);
        Fillers = fillers;
        Known = known;
    }

    /// <summary>The bodies recognised by name, in the file's order.</summary>
    public IReadOnlyList<KnownAgency> Known { get; }

    /// <summary>Folded words left out when a heading's agency is looked for in a question ("va", "tinh").</summary>
    public IReadOnlySet<string> Fillers { get; }

    /// <summary>Loads and validates <c>agencies.json</c> of the lexicon folder <paramref name="lexiconDirectory"/>.</summary>
    /// <exception cref="LexiconFormatException">The file is missing or invalid; the message names the file and the entry.</exception>
    public static AgencyDirectory Load(string lexiconDirectory)
    {
        var content = LexiconFile.Read<FileContent>(lexiconDirectory, FileName);
        return new AgencyDirectory(ValidHeads(content.Heads ?? []), ValidFillers(content.Fillers ?? []), ValidAgencies(content.Agencies ?? []));
    }

    /// <summary>True when <paramref name="text"/> (a heading without its list marker) opens with an agency's head word.</summary>
    public bool IsHeading(string text) => heading.IsMatch(text);

    /// <summary>True when a sentence whose first folded word is <paramref name="foldedWord"/> may open with an agency as its subject.</summary>
    public bool LeadsSentence(string foldedWord) => leadingWords.Contains(foldedWord);

    /// <summary>
    /// The folded words that name <paramref name="agency"/> ("Sở GD&amp;ĐT Cần Thơ") without its province, abbreviations
    /// written out: <c>so giao duc va dao tao</c>.
    /// </summary>
    public static IReadOnlyList<string> Key(string agency, ProvinceDirectory provinces)
    {
        var text = VietnameseText.Normalize(agency);
        if (provinces.FindIn(text) is [var first, ..] && first.Position > 0)
        {
            text = text[..first.Position];
        }

        var words = Words(text);
        while (true)
        {
            if (words is [.., "tinh"] or [.., "tp"])
            {
                words.RemoveAt(words.Count - 1);
            }
            else if (words is [.., "thanh", "pho"])
            {
                words.RemoveRange(words.Count - 2, 2);
            }
            else
            {
                return words;
            }
        }
    }

    /// <summary>
    /// True when <paramref name="heading"/> (a heading or the start of a passage, list marker and all) opens with the
    /// agency whose <see cref="Key"/> is <paramref name="key"/>; a key of fewer than two words never matches.
    /// </summary>
    public static bool Heads(string heading, IReadOnlyList<string> key)
    {
        if (key.Count < 2)
        {
            return false;
        }

        var words = Words(heading);
        var start = 0;
        while (start < words.Count && IsListMarker(words[start]))
        {
            start++;
        }

        return words.Count - start >= key.Count
            && key.Select((word, i) => string.Equals(words[start + i], word, StringComparison.Ordinal)).All(same => same);
    }

    private static List<string> Words(string text) =>
        VietnameseAnalyzer.Tokenize(AbbreviationExpander.Expand(text, keepAbbreviation: false).ToLowerInvariant())
            .Select(VietnameseText.Fold)
            .ToList();

    private static bool IsListMarker(string word) =>
        word.All(char.IsAsciiDigit) || (word.Length == 1 && word != "y") || RomanNumerals.Contains(word);

    private static string Folded(string text) => VietnameseText.Fold(VietnameseText.Normalize(text.Trim())).ToLowerInvariant();

    private static string FirstFoldedWord(string text) => Folded(text).Split(' ')[0];

    private static List<HeadEntry> ValidHeads(IReadOnlyList<HeadEntry?> heads)
    {
        if (heads.Count == 0)
        {
            throw new LexiconFormatException($"{FileName}: \"heads\" lists no head word.");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < heads.Count; i++)
        {
            var written = heads[i]?.Written?.Trim() ?? string.Empty;
            if (written.Length == 0)
            {
                throw new LexiconFormatException($"{FileName}: head {i + 1}: \"written\" is missing or empty.");
            }

            if (!seen.TryAdd(written, i + 1))
            {
                throw new LexiconFormatException($"{FileName}: head {i + 1} (\"{written}\"): already head {seen[written]}.");
            }
        }

        return heads.Select(h => h! with { Written = h.Written!.Trim() }).ToList();
    }

    private static HashSet<string> ValidFillers(IReadOnlyList<string?> fillers)
    {
        var valid = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fillers.Count; i++)
        {
            var folded = fillers[i] is { } f ? Folded(f) : string.Empty;
            if (folded.Length == 0 || folded.Contains(' ', StringComparison.Ordinal) || !valid.Add(folded))
            {
                throw new LexiconFormatException($"{FileName}: filler {i + 1} (\"{fillers[i]}\"): must be one word, listed once.");
            }
        }

        return valid;
    }

    private static List<KnownAgency> ValidAgencies(IReadOnlyList<AgencyEntry?> agencies)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var valid = new List<KnownAgency>();
        for (var i = 0; i < agencies.Count; i++)
        {
            var entry = agencies[i];
            var name = entry?.Name?.Trim() ?? string.Empty;
            var label = $"{FileName}: agency {i + 1}";
            if (name.Length == 0 || entry!.Written is null || entry.Written.Count == 0)
            {
                throw new LexiconFormatException($"{label}: needs \"name\" and \"written\" (at least one spelling).");
            }

            var folded = new List<string>();
            foreach (var written in entry.Written)
            {
                var form = written is null ? string.Empty : Folded(written);
                if (form.Length == 0)
                {
                    throw new LexiconFormatException($"{label} (\"{name}\"): a spelling is empty.");
                }

                if (!seen.TryAdd(form, name))
                {
                    throw new LexiconFormatException($"{label} (\"{name}\"): the spelling \"{written}\" is already one of \"{seen[form]}\".");
                }

                folded.Add(form);
            }

            valid.Add(new KnownAgency(VietnameseText.Normalize(name), folded));
        }

        return valid;
    }

    private sealed record FileContent(IReadOnlyList<HeadEntry?>? Heads, IReadOnlyList<string?>? Fillers, IReadOnlyList<AgencyEntry?>? Agencies);

    private sealed record HeadEntry(string? Written, bool LeadsSentence);

    private sealed record AgencyEntry(string? Name, IReadOnlyList<string?>? Written);
}
