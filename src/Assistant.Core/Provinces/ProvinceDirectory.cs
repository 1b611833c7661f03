using System.Text.Json;
using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Core.Provinces;

/// <summary>
/// The provinces of <c>corpus/provinces.json</c> and the recognition of their names in a text,
/// with or without diacritics, former provinces included.
/// </summary>
public sealed class ProvinceDirectory
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private static readonly Regex PlacePrefix = new(@"(tinh|thanh pho|tp\.?|t\.p\.?)\s*$", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, Province> bySlug;
    private readonly List<NamePattern> patterns;

    /// <summary>Builds the directory from a list of provinces.</summary>
    public ProvinceDirectory(IReadOnlyList<Province> provinces)
    {
        All = provinces;
        bySlug = provinces.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        patterns = provinces.SelectMany(PatternsOf)
            .OrderByDescending(p => p.Folded.Length)
            .ToList();
    }

    /// <summary>Every province, in file order.</summary>
    public IReadOnlyList<Province> All { get; }

    /// <summary>Loads <c>provinces.json</c>.</summary>
    public static ProvinceDirectory Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<ProvinceFile>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{path} holds no provinces.");
        return new ProvinceDirectory(file.Provinces);
    }

    /// <summary>The province with this slug, or null.</summary>
    public Province? Find(string slug) => bySlug.GetValueOrDefault(slug);

    /// <summary>Provinces named in the text, in order of appearance, each once.</summary>
    public IReadOnlyList<ProvinceMention> FindIn(string text)
    {
        var original = VietnameseText.Normalize(text);
        var folded = VietnameseText.Fold(original).ToLowerInvariant();
        var taken = new bool[folded.Length];
        var mentions = new List<ProvinceMention>();
        foreach (var pattern in patterns)
        {
            foreach (Match match in pattern.Regex.Matches(folded))
            {
                if (IsTaken(taken, match.Index, match.Length) || !Accept(pattern, original, folded, match))
                {
                    continue;
                }

                Array.Fill(taken, true, match.Index, match.Length);
                mentions.Add(new ProvinceMention(pattern.Province, pattern.Name, pattern.ViaFormer, match.Index, match.Length));
            }
        }

        return mentions
            .OrderBy(m => m.Position)
            .DistinctBy(m => m.Province.Slug)
            .ToList();
    }

    private static bool IsTaken(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Names in Vietnamese must match with their diacritics when the text has them ("Hà Nam" is not "hạ năm"),
    /// and ambiguous names need a capital or a place prefix.
    /// </summary>
    private static bool Accept(NamePattern pattern, string original, string folded, Match match)
    {
        // Fold keeps string length for Vietnamese letters, so offsets line up with the normalised original.
        var surface = original.Length == folded.Length ? original.Substring(match.Index, match.Length) : null;
        if (surface is not null && !LettersAgree(surface.ToLowerInvariant(), pattern.Lower))
        {
            return false;
        }

        if (!pattern.Ambiguous)
        {
            return true;
        }

        var before = folded[..match.Index].TrimEnd();
        if (PlacePrefix.IsMatch(before))
        {
            return true;
        }

        return surface is not null && surface.Split(' ').All(word => word.Length > 0 && char.IsUpper(word[0]));
    }

    /// <summary>Each letter typed is either the name's letter or that letter without its diacritics.</summary>
    private static bool LettersAgree(string typed, string name)
    {
        var typedLetters = typed.Where(char.IsLetter).ToArray();
        var nameLetters = name.Where(char.IsLetter).ToArray();
        if (typedLetters.Length != nameLetters.Length)
        {
            return false;
        }

        for (var i = 0; i < typedLetters.Length; i++)
        {
            var typedLetter = typedLetters[i].ToString();
            var nameLetter = nameLetters[i].ToString();
            if (typedLetter != nameLetter && typedLetter != VietnameseText.Fold(nameLetter))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<NamePattern> PatternsOf(Province province)
    {
        foreach (var name in province.Aliases.Prepend(province.Name))
        {
            yield return NamePattern.Create(province, name, viaFormer: false, province.Ambiguous);
        }

        foreach (var former in province.Former)
        {
            foreach (var name in former.Aliases.Prepend(former.Name))
            {
                yield return NamePattern.Create(province, name, viaFormer: true, former.Ambiguous);
            }
        }
    }

    private sealed record ProvinceFile(IReadOnlyList<Province> Provinces);

    private sealed record NamePattern(Province Province, string Name, string Lower, string Folded, Regex Regex, bool ViaFormer, bool Ambiguous)
    {
        public static NamePattern Create(Province province, string name, bool viaFormer, bool ambiguous)
        {
            var normalized = VietnameseText.Normalize(name);
            var folded = VietnameseText.Fold(normalized).ToLowerInvariant();
            var words = Regex.Split(folded, @"[\s\-–.]+").Where(w => w.Length > 0).Select(Regex.Escape);
            var regex = new Regex(@"(?<![\p{L}\p{N}])" + string.Join(@"[\s\-–.]*", words) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
            return new NamePattern(province, name, normalized.ToLowerInvariant(), folded, regex, viaFormer, ambiguous);
        }
    }
}
