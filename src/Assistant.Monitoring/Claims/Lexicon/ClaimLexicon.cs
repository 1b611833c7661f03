using Assistant.Core.Lexicon;
using Assistant.Core.Text;

namespace Assistant.Monitoring.Claims.Lexicon;

/// <summary>
/// The words the claim rules read, from <c>corpus/lexicon/claims.json</c>: offices, issuing levels, issuing and
/// signing words, family names, frequencies, reporting, invented obligations and the words saying one is absent.
/// Loaded and validated at start; an invalid file names the entry.
/// </summary>
internal sealed class ClaimLexicon
{
    /// <summary>File of the claim words, in the lexicon folder.</summary>
    public const string FileName = "claims.json";

    private ClaimLexicon(FileContent content)
    {
        Offices = List(content.Offices, "offices");
        Levels = ValidLevels(content.Levels);
        Issuing = One(content.Issuing, "issuing");
        DocumentNouns = One(content.DocumentNouns, "documentNouns");
        Signing = One(content.Signing, "signing");
        SignerFollows = One(content.SignerFollows, "signerFollows");
        FamilyNames = (content.FamilyNames ?? []).Select(n => VietnameseText.Normalize(n.Trim())).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (FamilyNames.Count == 0)
        {
            throw new LexiconFormatException($"{FileName}: \"familyNames\" lists no name.");
        }

        Frequencies = List(content.Frequencies, "frequencies");
        Reporting = One(content.Reporting, "reporting");
        Obligations = List(content.Obligations, "obligations");
        Absence = One(content.Absence, "absence");
    }

    /// <summary>Offices a signer holds.</summary>
    public IReadOnlyList<CuePhrases> Offices { get; }

    /// <summary>Levels of issuing bodies.</summary>
    public IReadOnlyList<IssuerLevel> Levels { get; }

    /// <summary>Words that say a body issued a document.</summary>
    public CuePhrases Issuing { get; }

    /// <summary>Nouns that name a document.</summary>
    public CuePhrases DocumentNouns { get; }

    /// <summary>Words that say someone signed.</summary>
    public CuePhrases Signing { get; }

    /// <summary>Words after which the signer is named ("ký bởi", "chữ ký").</summary>
    public CuePhrases SignerFollows { get; }

    /// <summary>Family names that open a person's name, normalised.</summary>
    public IReadOnlySet<string> FamilyNames { get; }

    /// <summary>How often something is done or reported.</summary>
    public IReadOnlyList<CuePhrases> Frequencies { get; }

    /// <summary>Words that say a report is made.</summary>
    public CuePhrases Reporting { get; }

    /// <summary>Kinds of obligation posts invent (fines, fees, deadlines).</summary>
    public IReadOnlyList<CuePhrases> Obligations { get; }

    /// <summary>Words before an obligation that say it is not there.</summary>
    public CuePhrases Absence { get; }

    /// <summary>Loads and validates <c>claims.json</c> of the lexicon folder.</summary>
    /// <exception cref="LexiconFormatException">The file is missing or invalid; the message names the file and the entry.</exception>
    public static ClaimLexicon Load(string lexiconDirectory)
    {
        return new ClaimLexicon(LexiconFile.Read<FileContent>(lexiconDirectory, FileName));
    }

    /// <summary>The level of a known agency ("Sở Tài chính" → Sở), by its head word.</summary>
    public IssuerLevel? LevelOfAgency(string agencyName) =>
        Levels.FirstOrDefault(l => l.AgencyHead is { } head && agencyName.StartsWith(head + " ", StringComparison.Ordinal));

    private static CuePhrases Phrases(Entry? entry, string label, bool mayBeEmpty = false)
    {
        var name = entry?.Name?.Trim() ?? string.Empty;
        if (name.Length == 0 || entry!.Written is null || (!mayBeEmpty && entry.Written.Count == 0))
        {
            throw new LexiconFormatException($"{FileName}: {label}: needs \"name\" and \"written\" (at least one spelling).");
        }

        if (entry.Written.Concat(entry.Unaccented ?? []).Any(string.IsNullOrWhiteSpace))
        {
            throw new LexiconFormatException($"{FileName}: {label} (\"{name}\"): an empty spelling.");
        }

        return new CuePhrases(name, entry.Written, entry.Unaccented);
    }

    private static CuePhrases One(Entry? entry, string key) => Phrases(entry, $"\"{key}\"");

    private static List<CuePhrases> List(IReadOnlyList<Entry?>? entries, string key)
    {
        if (entries is null || entries.Count == 0)
        {
            throw new LexiconFormatException($"{FileName}: \"{key}\" lists no entry.");
        }

        var list = entries.Select((e, i) => Phrases(e, $"{key} {i + 1}")).ToList();
        var repeated = list.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? list : throw new LexiconFormatException($"{FileName}: {key}: \"{repeated.Key}\" is listed twice.");
    }

    private static List<IssuerLevel> ValidLevels(IReadOnlyList<LevelEntry?>? entries)
    {
        if (entries is null || entries.Count == 0)
        {
            throw new LexiconFormatException($"{FileName}: \"levels\" lists no entry.");
        }

        var levels = new List<IssuerLevel>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var head = entry?.AgencyHead?.Trim();
            var phrases = Phrases(entry is null ? null : new Entry(entry.Name, entry.Written, null), $"levels {i + 1}", mayBeEmpty: !string.IsNullOrEmpty(head));
            levels.Add(new IssuerLevel(phrases, string.IsNullOrEmpty(head) ? null : head, (entry!.Accepts ?? []).ToHashSet(StringComparer.Ordinal)));
        }

        var names = levels.Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = levels.SelectMany(l => l.Accepts).FirstOrDefault(a => !names.Contains(a));
        return unknown is null ? levels : throw new LexiconFormatException($"{FileName}: levels: \"accepts\" names \"{unknown}\", which is not a level.");
    }

    private sealed record Entry(string? Name, IReadOnlyList<string>? Written, IReadOnlyList<string>? Unaccented);

    private sealed record LevelEntry(string? Name, IReadOnlyList<string>? Written, string? AgencyHead, IReadOnlyList<string>? Accepts);

    private sealed record FileContent(
        IReadOnlyList<Entry?>? Offices,
        IReadOnlyList<LevelEntry?>? Levels,
        Entry? Issuing,
        Entry? DocumentNouns,
        Entry? Signing,
        Entry? SignerFollows,
        IReadOnlyList<string>? FamilyNames,
        IReadOnlyList<Entry?>? Frequencies,
        Entry? Reporting,
        IReadOnlyList<Entry?>? Obligations,
        Entry? Absence);
}
