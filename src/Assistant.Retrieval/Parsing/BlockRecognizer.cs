using System.Text.RegularExpressions;

namespace Assistant.Retrieval.Parsing;

/// <summary>
/// Recognises the fixed parts around the body of an administrative text: the identification lines ("Số:", place and
/// date), the legal bases ("Căn cứ…", "Thực hiện…"), the "Nơi nhận" list and the signature block.
/// </summary>
internal static partial class BlockRecognizer
{
    /// <summary>"Số: 12/KH-UBND" or "Hải Phòng, ngày … tháng … năm 2026".</summary>
    public static bool IsIdentification(string text) => NumberLine().IsMatch(text) || PlaceDateLine().IsMatch(text);

    /// <summary>A paragraph stating what the text rests on: "Căn cứ…", "Thực hiện…", "Theo đề nghị…", "Xét…".</summary>
    public static bool IsLegalBasis(string text) => BasisLine().IsMatch(text);

    /// <summary>"Nơi nhận:" — the start of the recipients list.</summary>
    public static bool IsRecipientsStart(string text) => RecipientsLine().IsMatch(text);

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL.", "TUQ.", "Q." — a line that can only open a signature block.</summary>
    public static bool IsSignatureAuthority(string text) => AuthorityLine().IsMatch(text);

    /// <summary>A note inside a signature block, such as "(Đã ký)" or "(Ký, ghi rõ họ tên, đóng dấu)".</summary>
    public static bool IsSignatureNote(string text) => text.StartsWith('(') && text.EndsWith(')');

    /// <summary>A person's name as printed under a signature: two to six capitalised words, no digits or punctuation.</summary>
    public static bool IsPersonName(string text) => !LineShape.IsCapitals(text) && PersonName().IsMatch(text);

    /// <summary>True when a new paragraph must start at this line whatever the line before it.</summary>
    public static bool StartsBlock(string text) =>
        MarkerRecognizer.Recognize(text) is not null || IsRecipientsStart(text) || IsSignatureAuthority(text) || IsIdentification(text);

    [GeneratedRegex(@"^Số\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^[^\d,.;:]{2,40},\s*ngày\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDateLine();

    [GeneratedRegex(@"^(Căn cứ|Thực hiện|Theo đề nghị|Xét)\s", RegexOptions.CultureInvariant)]
    private static partial Regex BasisLine();

    [GeneratedRegex(@"^(?i:nơi nhận)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex RecipientsLine();

    [GeneratedRegex(@"^(TM|KT|TL|TUQ|Q)\.\s*\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorityLine();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(\s\p{Lu}\p{Ll}*){1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();
}
