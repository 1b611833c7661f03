using System.Security.Cryptography;
using System.Text;
using Assistant.Core.Documents;
using Assistant.Core.Text;

namespace Assistant.Retrieval.Index;

/// <summary>
/// Fingerprints that key the persistent index: one of the analysis (the index layout, the role and place words and
/// what the analyzer makes of a probe text, so a change of either rebuilds everything) and one per document (its metadata
/// and passages as parsed, so a changed file, or a parser that now reads it otherwise, re-indexes that document alone).
/// </summary>
internal static class IndexFingerprint
{
    /// <summary>Raised by hand when the fields written by <see cref="PassageDocuments"/> change.</summary>
    private const int LayoutVersion = 1;

    private const string Probe = "Nghị quyết số 71-NQ/TW ngày 22/8/2025; Sở GD&ĐT, UBND tỉnh, THPT: Văn hoá, thuỷ lợi, 100% cán bộ — đ) ký.";

    /// <summary>The fingerprint of the analysis.</summary>
    public static string Analysis { get; } = Hash(writer =>
    {
        writer.Append(LayoutVersion).Append('\n');
        foreach (var words in PassageDocuments.RoleWords.Concat(PassageDocuments.PlaceWords))
        {
            writer.Append(words.Key).Append('=').Append(words.Value).Append('\n');
        }

        var probe = VietnameseAnalyzer.Analyze(Probe);
        writer.AppendJoin(' ', probe.Exact).Append('\n').AppendJoin(' ', probe.Folded);
    });

    /// <summary>The fingerprint of one parsed document.</summary>
    public static string Of(ParsedDocument document) => Hash(writer =>
    {
        writer.Append(document.Info).Append('\n');
        foreach (var passage in document.Passages)
        {
            writer.Append(passage.Section).Append('\u001f').Append(passage.Kind).Append('\u001f').Append(passage.Ordinal).Append('\u001f')
                .AppendJoin('\u001e', passage.Headings).Append('\u001f').Append(passage.Text).Append('\u001d');
        }
    });

    private static string Hash(Action<StringBuilder> write)
    {
        var text = new StringBuilder();
        write(text);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
