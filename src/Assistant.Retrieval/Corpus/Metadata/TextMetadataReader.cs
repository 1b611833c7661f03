using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Documents;
using Assistant.Core.Provinces;
using Assistant.Retrieval.Parsing;

namespace Assistant.Retrieval.Corpus.Metadata;

/// <summary>
/// Reads the metadata an administrative document prints, for files without a hand-written header: the issuing body
/// (the agency lines at the top, or "TM. ỦY BAN NHÂN DÂN" with the province), the number ("Số: 12/KH-UBND"), the
/// place-and-date line ("Lạng Sơn, ngày 15 tháng 3 năm 2026"; a blank day or month is noted, never invented), the
/// kind and title (the "KẾ HOẠCH" heading and the line under it), the signer (the name closing the signature block)
/// and the province named by the issuer, the place or the title. Staff confirm or correct these values.
/// </summary>
public sealed partial class TextMetadataReader(ProvinceDirectory provinces)
{
    private const int TopParagraphs = 15;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly Dictionary<string, (string Slug, string Name)> Kinds = new(StringComparer.Ordinal)
    {
        ["KẾ HOẠCH"] = ("ke-hoach", "Kế hoạch"),
        ["QUYẾT ĐỊNH"] = ("quyet-dinh", "Quyết định"),
        ["NGHỊ QUYẾT"] = ("nghi-quyet", "Nghị quyết"),
        ["CHỈ THỊ"] = ("chi-thi", "Chỉ thị"),
        ["THÔNG BÁO"] = ("thong-bao", "Thông báo"),
        ["HƯỚNG DẪN"] = ("huong-dan", "Hướng dẫn"),
        ["CÔNG VĂN"] = ("cong-van", "Công văn"),
        ["BÁO CÁO"] = ("bao-cao", "Báo cáo"),
    };

    /// <summary>What <paramref name="body"/> and its parsed <paramref name="passages"/> say about the document.</summary>
    public DocumentMetadata Read(string body, IReadOnlyList<Passage> passages)
    {
        var top = LineJoiner.Join(body).Take(TopParagraphs).Select(p => Emphasis().Replace(p.Text, string.Empty).Trim()).ToList();
        var number = top.Select(p => NumberLine().Match(p)).FirstOrDefault(m => m.Success)?.Groups["number"].Value.Trim();
        var dateLine = top.Select(p => DateLine().Match(p)).FirstOrDefault(m => m.Success);
        var (kind, title) = KindAndTitle(top);
        var issuerLine = IssuerLine(top);
        var place = dateLine?.Groups["place"].Value.Trim();
        var province = FirstProvince(issuerLine, place, title);
        var signature = passages.LastOrDefault(p => p.Kind == PassageKind.Signature)?.Text;
        var (date, dateNote) = DateOf(dateLine);
        return new DocumentMetadata
        {
            Title = title,
            Kind = kind,
            Number = string.IsNullOrEmpty(number) ? null : number,
            Date = date,
            DateNote = dateNote,
            Province = province?.Slug,
            Issuer = IssuerName(issuerLine, signature, province),
            Signer = signature is null ? null : SignerOf(signature),
        };
    }

    private static (string? Kind, string? Title) KindAndTitle(IReadOnlyList<string> top)
    {
        for (var i = 0; i < top.Count; i++)
        {
            if (Kinds.TryGetValue(top[i].ToUpperInvariant(), out var kind) && top[i] == top[i].ToUpperInvariant())
            {
                var subject = i + 1 < top.Count ? top[i + 1] : string.Empty;
                var title = subject.Length == 0 || LineShapeIsCapitals(subject)
                    ? kind.Name
                    : $"{kind.Name} {char.ToLower(subject[0], Vietnamese)}{subject[1..]}";
                return (kind.Slug, title);
            }
        }

        return (null, null);
    }

    private static string? IssuerLine(IReadOnlyList<string> top)
    {
        for (var i = 0; i < top.Count; i++)
        {
            if (Agency().IsMatch(top[i]) && LineShapeIsCapitals(top[i]))
            {
                var next = i + 1 < top.Count ? top[i + 1] : string.Empty;
                return Place().IsMatch(next) && LineShapeIsCapitals(next) ? $"{top[i]} {next}" : top[i];
            }
        }

        return null;
    }

    private Province? FirstProvince(params string?[] texts) =>
        texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => provinces.FindIn(t!).FirstOrDefault()?.Province).FirstOrDefault(p => p is not null);

    private static string? IssuerName(string? issuerLine, string? signature, Province? province)
    {
        if (issuerLine is not null)
        {
            return province is null ? SentenceCase(issuerLine) : $"{SentenceCase(Place().Split(issuerLine)[0].Trim())} {province.Label}";
        }

        var onBehalf = signature is null ? null : OnBehalf().Match(signature);
        return onBehalf is { Success: true } && province is not null ? $"{SentenceCase(onBehalf.Groups["agency"].Value.Trim())} {province.Label}" : null;
    }

    private static (string? Date, string? Note) DateOf(Match? line)
    {
        if (line is null)
        {
            return (null, null);
        }

        var day = line.Groups["day"].Value;
        var month = line.Groups["month"].Value;
        var year = int.Parse(line.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (day.Length > 0 && month.Length > 0
            && DateOnly.TryParseExact($"{year:D4}-{int.Parse(month, CultureInfo.InvariantCulture):D2}-{int.Parse(day, CultureInfo.InvariantCulture):D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
        }

        var blank = day.Length == 0 && month.Length == 0 ? "ngày và tháng" : day.Length == 0 ? "ngày" : "tháng";
        return (null, $"Văn bản ghi “{line.Groups["printed"].Value.Trim()}”, để trống {blank}.");
    }

    /// <summary>The name closing a signature block: the words after the last title in capitals ("PHÓ CHỦ TỊCH Trần Văn A").</summary>
    private static string? SignerOf(string signature)
    {
        var words = signature.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length;
        while (start > 0 && IsNameWord(words[start - 1]))
        {
            start--;
        }

        return start == words.Length ? null : string.Join(' ', words[start..]);
    }

    private static bool IsNameWord(string word) =>
        char.IsUpper(word[0]) && (word.Length == 1 || word.Skip(1).All(char.IsLower));

    private static bool LineShapeIsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static string SentenceCase(string capitals)
    {
        var lower = capitals.ToLower(Vietnamese).Replace("ủy ban nhân dân", "Ủy ban nhân dân", StringComparison.Ordinal);
        return lower.Length == 0 ? lower : char.ToUpper(lower[0], Vietnamese) + lower[1..];
    }

    [GeneratedRegex(@"^Số\s*:\s*(?<number>[^\s,;]*/[^\s,;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>[^\d,;:]{2,40}),\s*(?<printed>ngày\s*(?<day>\d{1,2})?\s*(?:tháng|/)\s*(?<month>\d{1,2})?\s*(?:năm|/)\s*(?<year>\d{4}))", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?:CHỦ TỊCH\s+)?(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|SỞ\s|BỘ\s|THỦ TƯỚNG)")]
    private static partial Regex Agency();

    [GeneratedRegex(@"\s*\b(?:TỈNH|THÀNH PHỐ|TP\.?)\s")]
    private static partial Regex Place();

    [GeneratedRegex(@"TM\.\s*(?<agency>ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)")]
    private static partial Regex OnBehalf();

    [GeneratedRegex(@"\*\*")]
    private static partial Regex Emphasis();
}
