using Assistant.Core.Agencies;
using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// The first sentence of an answer, in the question's own terms, taken from the cited sentences: the number with its
/// period for "bao nhiêu", the date or cycle for "khi nào", the agency for "cơ quan nào" (from the item's "Cơ quan thực
/// hiện: …" line, a sentence whose subject it is, or the agency heading it stands under). The cited sentences follow it.
/// </summary>
internal static class ShortAnswer
{
    private static readonly Regex Percent = new(@"((tối thiểu|ít nhất|trên|đạt|khoảng)\s+)?\d+([.,]\d+)?\s*%", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Quantity = new(@"((tối thiểu|ít nhất|trên|khoảng|từ)\s+)?(?<![\d/.\-])\d+([.,]\d+)?(\s*[-–]\s*\d+)?(\s+\p{L}+){1,4}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Period = new(@"giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|đến năm\s+\d{4}|hằng năm|mỗi năm", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    // Most specific first: a day, a period, a year, then a cycle.
    private static readonly Regex[] DateTexts =
    [
        new(@"\d{1,2}/\d{1,2}/\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|kể từ ngày ký", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new(@"giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|\d{4}\s*[-–]\s*\d{4}|đến năm\s+\d{4}|năm\s+\d{4}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new(@"định kỳ\s*\([^)]*\)|định kỳ hoặc đột xuất|hằng năm|hằng quý|\d+ tháng|thường xuyên", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
    ];

    // "Sở Giáo dục và Đào tạo là cơ quan thường trực …", "Sở Văn hóa, Thể thao và Du lịch chủ trì …".
    private static readonly Regex SubjectAgency = new(
        @"^((Sở|Bộ|Ủy ban nhân dân|UBND|Báo|Đài|Công an|Ban)\s[^;:.()]{2,70}?)\s+(là cơ quan|chủ trì)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex RoleLine = new(@"^(Cơ quan|Đơn vị)\s+(thực hiện|chủ trì|thường trực|đầu mối)\s*:\s*([^;.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The short answer, or null when the question type has none or the sentences do not yield it.</summary>
    public static string? For(QuestionReading question, AskedFact fact, IReadOnlyList<CandidateSentence> chosen, AgencyDirectory agencies)
    {
        if (question.AsksWhoSigned || chosen.Count == 0)
        {
            return null;
        }

        return fact switch
        {
            AskedFact.Number => NumberOf(question, chosen),
            AskedFact.Date => DateOf(question, chosen),
            _ when question.Type == QuestionType.Agency => AgencyOf(chosen, agencies),
            _ => null,
        };
    }

    private static string? NumberOf(QuestionReading question, IReadOnlyList<CandidateSentence> chosen)
    {
        var sentence = chosen.FirstOrDefault(c => AskedFacts.HoldsNumber(c.Text, question));
        if (sentence is null)
        {
            return null;
        }

        var text = VietnameseText.Normalize(sentence.Text);
        var number = (Percent.Match(text) is { Success: true } p ? p : Quantity.Match(text)).Value.Trim();
        if (number.Length == 0)
        {
            return null;
        }

        var period = Period.Match(text) is { Success: true } inText ? inText.Value
            : sentence.Hit.Passage.Headings.Select(CitationLabels.HeadingText).LastOrDefault(h => Period.IsMatch(h));
        return $"Con số văn bản nêu: {InSentence(number)}{(period is null ? string.Empty : $" ({InSentence(period)})")}.";
    }

    /// <summary>A phrase taken from the start of a sentence, as it reads inside one: "Ít nhất 90%" → "ít nhất 90%".</summary>
    private static string InSentence(string phrase) =>
        phrase.Length > 1 && char.IsUpper(phrase[0]) && char.IsLower(phrase[1]) ? char.ToLowerInvariant(phrase[0]) + phrase[1..] : phrase;

    private static string? DateOf(QuestionReading question, IReadOnlyList<CandidateSentence> chosen)
    {
        var sentence = chosen.FirstOrDefault(c => AskedFacts.HoldsDate(c.Text, question));
        if (sentence is null)
        {
            return null;
        }

        var text = AskedFacts.WithoutOtherReferenceDates(VietnameseText.Normalize(sentence.Text), question);
        var date = DateTexts.Select(pattern => pattern.Match(text)).FirstOrDefault(m => m.Success);
        return date is null ? null : $"Thời gian văn bản nêu: {InSentence(date.Value.Trim())}.";
    }

    private static string? AgencyOf(IReadOnlyList<CandidateSentence> chosen, AgencyDirectory agencies)
    {
        foreach (var sentence in chosen)
        {
            var text = VietnameseText.Normalize(sentence.Text).TrimStart('-', ' ', '+');
            var agency = RoleLine.Match(text) is { Success: true } role ? role.Groups[3].Value
                : SubjectAgency.Match(text) is { Success: true } subject ? subject.Groups[1].Value
                : PassageReading.Of(sentence.Hit.Passage, agencies).HeadingAgency is not null ? CitationLabels.HeadingText(sentence.Hit.Passage.Headings[^1])
                : null;
            if (!string.IsNullOrWhiteSpace(agency))
            {
                return $"Cơ quan được nêu: {agency.Trim()}.";
            }
        }

        return null;
    }
}
