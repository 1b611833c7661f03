using System.Text.RegularExpressions;
using Assistant.Core.Documents;

namespace Assistant.Retrieval.Tests.Corpus.Readers;

/// <summary>
/// How far the passages of a converted document (PDF, scan) agree with those of the seed's .md: the share of the
/// seed's passages whose text is found in a converted passage with the same section path. Texts compare as the gold
/// sets do: emphasis and all whitespace removed, lower case.
/// </summary>
internal static partial class SectionAgreement
{
    /// <summary>Agreeing passages and all passages of <paramref name="expected"/>.</summary>
    public static (int Agreeing, int Total) Measure(IReadOnlyList<Passage> expected, IReadOnlyList<Passage> actual)
    {
        var converted = actual.Select(p => (p.Section, Text: Key(p.Text))).ToList();
        var agreeing = expected.Count(passage =>
        {
            var key = Key(passage.Text);
            var probe = key.Length > 60 ? key[..60] : key;
            return converted.Any(c => c.Section == passage.Section && (c.Text.Contains(probe, StringComparison.Ordinal) || probe.Contains(c.Text, StringComparison.Ordinal) && c.Text.Length > 20));
        });
        return (agreeing, expected.Count);
    }

    /// <summary>Text as compared: NFC, lower case, no emphasis, no whitespace.</summary>
    public static string Key(string text) => Whitespace().Replace(text.Normalize().Replace("**", string.Empty, StringComparison.Ordinal), string.Empty).ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
