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
        @"\b(bao nhieu|muc|may)\b.{0,40}\b(tien|kinh phi|dong|ty|trieu|ngan sach)\b|\b(tien|kinh phi|ngan sach|muc thu|muc chi|muc thuong|tien thuong)\b.{0,60}\b(bao nhieu|may)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex DocumentNumberQuestion = new(
        @"\bso hieu\b|\b(quyet dinh|ke hoach|van ban|to trinh)( so)? (bao nhieu|may)\b|\bmang so\b|\bso (bao nhieu|may)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Money = new(@"\d[\d.,]*\s*(đồng|tỷ|triệu|nghìn|vnđ|vnd)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Digit = new(@"\d", RegexOptions.Compiled);
    private static readonly Regex DocumentNumber = new(@"\d+\s*/\s*\p{Lu}", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Date = new(
        @"\b\d{1,2}/\d{1,2}/\d{4}\b|\bngay \d|\bthang \d|\bnam 20\d\d|\b20\d\d\b|\d+ thang|hang nam|hang quy|hang thang|dinh ky|thuong xuyen|ke tu ngay|truoc ngay",
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

    /// <summary>True when one of <paramref name="sentences"/> states a fact of the kind asked.</summary>
    public static bool Holds(AskedFact fact, IEnumerable<string> sentences) => fact switch
    {
        AskedFact.Amount => sentences.Any(Money.IsMatch),
        AskedFact.Number => sentences.Any(Digit.IsMatch),
        AskedFact.Date => sentences.Any(s => Date.IsMatch(VietnameseText.Fold(s).ToLowerInvariant())),
        AskedFact.DocumentNumber => sentences.Any(DocumentNumber.IsMatch),
        _ => true,
    };
}
