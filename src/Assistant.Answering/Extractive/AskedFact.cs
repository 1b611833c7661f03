using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// The specific fact a question asks for, when an answer must hold one: an amount of money, a number, a date or
/// period, a document number. An answer whose sentences hold none is a near miss: the topic is in the documents, the
/// fact is not.
/// </summary>
internal enum AskedFact
{
    /// <summary>No specific fact (a duty, a list, a definition).</summary>
    None,

    /// <summary>"bao nhiêu tiền", "mức thu", "tổng kinh phí … bao nhiêu".</summary>
    Amount,

    /// <summary>"bao nhiêu", "mấy", "tỷ lệ".</summary>
    Number,

    /// <summary>"khi nào", "ngày nào", "bao lâu một lần".</summary>
    Date,

    /// <summary>"số hiệu", "số bao nhiêu" of a document.</summary>
    DocumentNumber,
}

/// <summary>Reads the <see cref="AskedFact"/> of a question and checks that answer sentences hold it.</summary>
internal static class AskedFacts
{
    private static readonly Regex AmountQuestion = new(
        @"\b(bao nhieu|muc|may)\b.{0,40}\b(tien|kinh phi|ty dong|trieu dong|nghin dong|ngan sach)\b|\b(tien|kinh phi|ngan sach|muc thu|muc chi|muc thuong|tien thuong)\b.{0,60}\b(bao nhieu|may)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex DocumentNumberQuestion = new(
        @"\bso hieu\b|\b(quyet dinh|ke hoach|van ban|to trinh)( so)? (bao nhieu|may)\b|\bmang so\b|\bso (bao nhieu|may)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "ngày nào", "ngày mấy", "ký ngày bao nhiêu": a day is asked, not a year or a period.
    private static readonly Regex DayQuestion = new(@"\bngay (nao|may|bao nhieu|thang nao)\b|\bngay ky\b|\bky ngay\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "bao nhiêu sản phẩm", "mấy nhiệm vụ": a count of something, which a percentage does not answer.
    private static readonly Regex CountQuestion = new(@"\b(bao nhieu|may)\s+(?!phan tram|%|ty le|lan\b)(\p{L}+)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A date that only dates a document a sentence refers to ("Quyết định số 157/QĐ-TTg ngày 20/01/2026").
    private static readonly Regex ReferenceDate = new(
        @"(\d+)\s*[-/]\s*[\p{L}\-/]+,?\s+ngày\s+(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Day = new(@"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\b|\bngay \d{1,2}\b|ke tu ngay|\bngay ky\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex AsksSigningDay = new(@"\bky\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex SigningDay = new(@"\b(ke tu |tu )?ngay ky\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly HashSet<string> GenericCountNouns = new(["nhom", "loai", "muc", "phan", "viec", "dieu", "cai"], StringComparer.Ordinal);

    // A count of anything ("4 nhiệm vụ"): a small number, not a percentage, nor part of a date or document number.
    private static readonly Regex AnyCount = new(@"(?<![\d/.\-])\d{1,3}(\s*[-–]\s*\d+)?(?!\s*%)(?![\d/])\s+\p{L}+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex AsksShare = new(@"%|\bphan tram\b|\bty le\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Money = new(@"\d[\d.,]*\s*(đồng|tỷ|triệu|nghìn|vnđ|vnd)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Digit = new(@"\d", RegexOptions.Compiled);
    private static readonly Regex DocumentNumber = new(@"\d+\s*/\s*\p{Lu}", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Date = new(
        @"\b\d{1,2}/\d{1,2}/\d{4}\b|\bngay \d|\bthang \d|\bnam 20\d\d|\b20\d\d\b|\d+ thang|hang nam|hang quy|hang thang|hang tuan|dinh ky|thuong xuyen|ke tu ngay|truoc ngay|cuoi (nam|quy|thang)|dau (nam|quy|thang)|\bquy [ivx\d]+\b|dot xuat|kip thoi|lien tuc|lau dai|giai doan",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The fact <paramref name="question"/> asks for.</summary>
    public static AskedFact Of(QuestionReading question) =>
        question.AsksWhoSigned ? AskedFact.None
        : AmountQuestion.IsMatch(question.Folded) ? AskedFact.Amount
        : DocumentNumberQuestion.IsMatch(question.Folded) ? AskedFact.DocumentNumber
        : question.Type switch
        {
            QuestionType.Number => AskedFact.Number,
            QuestionType.Date => AskedFact.Date,
            _ => AskedFact.None,
        };

    /// <summary>
    /// True when one of <paramref name="sentences"/> states a fact of the kind <paramref name="question"/> asks: a count
    /// of the thing asked ("20 - 30 sản phẩm", not "100%"), a day when a day is asked; a date that only dates a
    /// document referred to counts only when the question names that document's number.
    /// </summary>
    public static bool Holds(AskedFact fact, QuestionReading question, IEnumerable<string> sentences) => fact switch
    {
        AskedFact.Amount => sentences.Any(Money.IsMatch),
        AskedFact.Number => sentences.Any(s => HoldsNumber(s, question)),
        AskedFact.Date => sentences.Any(s => HoldsDate(s, question)),
        AskedFact.DocumentNumber => sentences.Any(DocumentNumber.IsMatch),
        _ => true,
    };

    /// <summary>What the documents do not state, as the near-miss refusal says it.</summary>
    public static string Missing(AskedFact fact) => fact switch
    {
        AskedFact.Amount => "số tiền cụ thể",
        AskedFact.Date => "thời gian (ngày, tháng, thời hạn) cụ thể",
        AskedFact.DocumentNumber => "số hiệu văn bản",
        _ => "con số cụ thể",
    };

    /// <summary>True when the sentence dates what the question asks about (a day when a day is asked).</summary>
    public static bool HoldsDate(string sentence, QuestionReading question)
    {
        var folded = VietnameseText.Fold(WithoutOtherReferenceDates(sentence, question)).ToLowerInvariant();
        if (AsksSigningDay.IsMatch(question.Folded))
        {
            // "kể từ ngày ký" does not say which day that was.
            folded = SigningDay.Replace(folded, string.Empty);
        }

        return DayQuestion.IsMatch(question.Folded) ? Day.IsMatch(folded) : Date.IsMatch(folded);
    }

    /// <summary>True when the sentence states a number of what the question counts ("4 nhiệm vụ" for "mấy nhiệm vụ"), or any number for another number question.</summary>
    public static bool HoldsNumber(string sentence, QuestionReading question)
    {
        // A question that also asks a share ("bao nhiêu %", "tỷ lệ") is answered by a percentage too.
        if (CountQuestion.Match(question.Folded) is not { Success: true } count || AsksShare.IsMatch(question.Folded))
        {
            return Digit.IsMatch(sentence);
        }

        // The asked noun within a few words after a number that is not a percentage; a generic one ("mấy nhóm việc",
        // "mấy loại") is counted by any noun ("4 nhiệm vụ").
        var noun = count.Groups[2].Value;
        var folded = VietnameseText.Fold(sentence).ToLowerInvariant();
        if (GenericCountNouns.Contains(noun))
        {
            return AnyCount.IsMatch(folded);
        }

        return Regex.IsMatch(folded, $@"\d+(\s*[-–]\s*\d+)?(?!\s*%)(?!\d)\s+(\p{{L}}+\s+){{0,2}}{Regex.Escape(noun)}\b");
    }

    // "có hiệu lực từ ngày nào", "bắt đầu khi nào", "hạn chót nộp … là ngày nào": an event other than the document's own
    // signing, which its date does not answer.
    private static readonly Regex LaterEvent = new(@"\b(hieu luc|thi hanh|ap dung|bat dau|ket thuc|hoan thanh|het han|han chot|thoi han|nop|tong ket|so ket)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "quyết định đó ký ngày nào": a document named by a demonstrative, which the sentence's reference may be.
    private static readonly Regex DocumentPointedAt = new(@"\b(quyet dinh|ke hoach|nghi quyet|chuong trinh|van ban) (do|nay|ay)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The sentence without the dates of documents it refers to, except the document the question names — by its
    /// number, or by a demonstrative ("quyết định đó") — when it asks that document's own date (not when it takes
    /// effect, nor a deadline of something else).
    /// </summary>
    public static string WithoutOtherReferenceDates(string sentence, QuestionReading question)
    {
        var asksOwnDate = !LaterEvent.IsMatch(question.Folded);
        var pointedAt = asksOwnDate && DocumentPointedAt.IsMatch(question.Folded);
        return ReferenceDate.Replace(sentence, m => asksOwnDate && (pointedAt || question.Words.Contains(m.Groups[1].Value)) ? m.Value : string.Empty);
    }
}
