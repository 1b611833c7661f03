using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Documents;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;
using Assistant.Core.Text;

namespace Assistant.Answering.Conversation;

/// <summary>
/// Two to four follow-up questions drawn from what the corpus holds: the same question for another province that
/// has a plan, who signed or when the cited document was issued (only when its header says), another section of it.
/// Questions only, never facts; "văn bản này" is understood by the follow-up rewriter.
/// </summary>
public sealed class SuggestionBuilder(IRetriever retriever, ProvinceDirectory provinces)
{
    private const int Most = 4;

    private static readonly Regex HeadingNumber = new(@"^\s*(\*\*)?\s*([IVXLC]+|\d+(\.\d+)*|[a-zđ])\s*[.)/-]\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Suggestions after <paramref name="answer"/> to <paramref name="asked"/>.</summary>
    public IReadOnlyList<string> For(Answer answer, string asked)
    {
        var documents = retriever.Documents;
        var suggestions = new List<string>(Most);
        var cited = answer.Citations.Count > 0 ? documents.FirstOrDefault(d => d.Info.Id == answer.Citations[0].Doc) : null;
        if (answer.Refused || cited is null)
        {
            suggestions.AddRange(documents.Where(d => d.Info.Province is not null).Select(PlanQuestion).OfType<string>());
            suggestions.AddRange(documents.Where(d => d.Info.Signer is not null).Select(d => $"Ai ký {Title(d.Info)}?"));
            return Distinct(suggestions, asked);
        }

        var folded = VietnameseText.Fold(VietnameseText.Normalize(asked)).ToLowerInvariant();
        var noun = Noun(cited.Info.Kind);
        if (OtherProvince(cited.Info.Province, documents) is { } other)
        {
            suggestions.Add($"Còn {other.Name} thì sao?");
        }

        if (cited.Info.Signer is not null && !Regex.IsMatch(folded, @"\bky\b"))
        {
            suggestions.Add($"Ai ký {noun} này?");
        }

        if (cited.Info.Date is not null && !Regex.IsMatch(folded, @"\b(ngay|ban hanh|khi nao|bao gio)\b"))
        {
            suggestions.Add($"{Capitalize(noun)} này được ban hành ngày nào?");
        }

        if (NextSectionHeading(cited, answer.Citations[0].Section) is { } heading)
        {
            suggestions.Add($"{Capitalize(noun)} này nói gì về {heading}?");
        }

        if (suggestions.Count < 2)
        {
            suggestions.Add($"{Capitalize(noun)} này có những nội dung chính nào?");
        }

        return Distinct(suggestions, asked);
    }

    private Province? OtherProvince(string? current, IReadOnlyList<ParsedDocument> documents) =>
        current is null
            ? null
            : documents.Select(d => d.Info.Province).OfType<string>().Where(p => p != current).Select(provinces.Find).OfType<Province>().FirstOrDefault();

    private string? PlanQuestion(ParsedDocument document) =>
        provinces.Find(document.Info.Province!) is { } province ? $"{Capitalize(Noun(document.Info.Kind))} của {province.Name} giao những nhiệm vụ gì?" : null;

    /// <summary>The top-level heading of the first section after the cited one, tidied for a question ("nhiệm vụ và giải pháp").</summary>
    private static string? NextSectionHeading(ParsedDocument document, string citedSection)
    {
        var top = TopLevel(citedSection);
        var cited = document.Passages.FirstOrDefault(p => p.Section == citedSection);
        var after = cited?.Ordinal ?? -1;
        var next = document.Passages
            .Where(p => p.Ordinal > after && p.Kind == PassageKind.Body && p.Headings.Count > 0 && TopLevel(p.Section) != top)
            .Select(p => Tidy(p.Headings[0]))
            .FirstOrDefault(h => h is not null);
        return next;
    }

    private static string TopLevel(string section) => section.Split('.', 2)[0];

    private static string? Tidy(string heading)
    {
        var text = HeadingNumber.Replace(heading.Replace("**", string.Empty, StringComparison.Ordinal), string.Empty).Trim().TrimEnd(':', '.');
        if (text.Length is < 4 or > 80)
        {
            return null;
        }

        return text.Any(char.IsLower) ? char.ToLowerInvariant(text[0]) + text[1..] : text.ToLowerInvariant();
    }

    private static string Title(DocumentInfo info) => info.Title.Length <= 90 ? info.Title : $"{Noun(info.Kind)} {info.Id}";

    private static string Noun(string? kind) => kind switch
    {
        "ke-hoach" => "kế hoạch",
        "quyet-dinh" => "quyết định",
        "nghi-quyet" => "nghị quyết",
        "cong-van" => "công văn",
        _ => "văn bản",
    };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static IReadOnlyList<string> Distinct(List<string> suggestions, string asked) =>
        suggestions
            .Where(s => !string.Equals(VietnameseText.Normalize(s), VietnameseText.Normalize(asked.Trim()), StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .Take(Most)
            .ToList();
}
