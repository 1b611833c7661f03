using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Documents;

namespace Assistant.Answering.Extractive;

/// <summary>
/// A signature block ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Thanh Nhàn") written as a citizen reads it:
/// "do ông Trần Thanh Nhàn, Phó Chủ tịch UBND tỉnh Lạng Sơn, ký".
/// </summary>
internal static class SignatureSentence
{
    private static readonly Regex Office = new(
        @"(PHÓ\s+THỦ\s+TƯỚNG|THỦ\s+TƯỚNG|PHÓ\s+CHỦ\s+TỊCH|CHỦ\s+TỊCH|PHÓ\s+GIÁM\s+ĐỐC|GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG)(?!.*(PHÓ\s+)?(THỦ\s+TƯỚNG|CHỦ\s+TỊCH|GIÁM\s+ĐỐC|TRƯỞNG))",
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.Singleline);

    private static readonly Regex TrailingName = new(@"(\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}*)+)\s*$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>"do ông X, Phó Chủ tịch UBND tỉnh Y, ký", or null when the block names no one.</summary>
    public static string? Of(string block, DocumentInfo document)
    {
        var name = TrailingName.Match(block.Trim()) is { Success: true } m ? m.Groups[1].Value : document.Signer;
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var office = Office.Match(block) is { Success: true } o ? Sentence(Regex.Replace(o.Value, @"\s+", " ")) : null;
        var body = Body(document.Issuer);
        var title = name.Contains(" Thị ", StringComparison.Ordinal) ? "bà" : "ông";
        var role = office is null ? string.Empty
            : office.Contains("Thủ tướng", StringComparison.Ordinal) || body is null ? $", {office}"
            : $", {office} {body}";
        return $"do {title} {name.Trim()}{role}, ký";
    }

    /// <summary>The issuing body after the office: "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng" → "UBND thành phố Hải Phòng".</summary>
    private static string? Body(string? issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer))
        {
            return null;
        }

        var body = Regex.Replace(issuer.Trim(), @"^(Phó\s+)?Chủ tịch\s+", string.Empty);
        return body.Replace("Ủy ban nhân dân", "UBND", StringComparison.Ordinal);
    }

    /// <summary>An office in capitals as a sentence writes it: "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "BỘ TRƯỞNG" → "Bộ trưởng".</summary>
    private static string Sentence(string capitals)
    {
        var words = capitals.ToLower(CultureInfo.InvariantCulture).Split(' ');
        var capitalised = words[0] == "phó" && words.Length > 1 ? 2 : 1;
        return string.Join(' ', words.Select((w, i) => i < capitalised ? char.ToUpperInvariant(w[0]) + w[1..] : w));
    }
}
