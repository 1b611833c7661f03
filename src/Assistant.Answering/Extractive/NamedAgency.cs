using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// An agency a question names with capitals ("Sở Tài chính", "Bộ Ngoại giao", "Đài Truyền hình"): asked what it must do,
/// the answer must come from a passage that names it.
/// </summary>
internal static class NamedAgency
{
    private static readonly Regex Named = new(@"\b(Sở|Bộ|Đài|Báo|Hội|Ban|Công an)\s+(\p{Lu}[\p{Ll}]*)(\s+\p{Ll}+)?", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The first agency named in <paramref name="question"/> ("Sở Tài chính"), or null.</summary>
    public static string? In(string question) =>
        Named.Match(VietnameseText.Normalize(question)) is { Success: true } m ? m.Value.Trim() : null;

    /// <summary>True when the sentence, its passage or the passage's headings name <paramref name="agency"/>.</summary>
    public static bool IsIn(string agency, CandidateSentence sentence)
    {
        var key = VietnameseText.FoldedMatchKey(agency);
        var passage = sentence.Hit.Passage;
        return new[] { sentence.Text, passage.Text }.Concat(passage.Headings).Any(text => VietnameseText.FoldedMatchKey(text).Contains(key, StringComparison.Ordinal));
    }
}
