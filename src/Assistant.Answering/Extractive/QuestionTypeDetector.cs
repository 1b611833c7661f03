using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>Reads the question type from the Vietnamese question words, typed with or without diacritics.</summary>
public static class QuestionTypeDetector
{
    private static readonly (QuestionType Type, Regex Pattern)[] Rules =
    [
        (QuestionType.Date, Pattern(@"khi nao|\bhoi nao\b|ngay nao|ngay bao nhieu|bao gio|nam nao|thoi gian nao|luc nao|giai doan nao|thoi han|thang nao|ngay thang|ban hanh ngay|ky ngay")),
        (QuestionType.Number, Pattern(@"bao nhieu|\bmay\b|phan tram|ty le|\d+\s*%|so luong|chi tieu|toi thieu|muc tieu .* %")),
        (QuestionType.Agency, Pattern(@"co quan( \p{L}+){0,3} nao\b|don vi nao|\bso nao|\bbo nao\b|\bben nao|\bai (chiu trach nhiem|phu trach|thuc hien|xu ly|lam|phat hien|dam nhiem|tham muu)\b|chu tri|phoi hop voi ai|trach nhiem cua ai")),
        (QuestionType.Who, Pattern(@"\bai\b|nguoi nao|nguoi ky|ky boi|do ai|ong nao|ba nao")),
        (QuestionType.List, Pattern(@"gom nhung|nhung gi|bao gom|nhung nhiem vu|cac nhiem vu|nhung noi dung|nhung giai phap|cac giai phap|liet ke|nhung hinh thuc|nhung viec")),
        (QuestionType.Definition, Pattern(@"\bla gi\b|nghia la|muc dich|nham muc dich|de lam gi|\b(noi )?ve (cai )?gi\b|noi dung (chinh )?(la )?gi\b")),
        (QuestionType.YesNo, Pattern(@"\bco\b.*\bkhong\b|phai khong|dung khong|\bchua\b\s*\??$|hay khong")),
    ];

    /// <summary>"ký" as a word, with its accent.</summary>
    public static readonly Regex SignedAccented = new(@"(?<!\p{L})ký(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex SignedUnaccented = Pattern(@"\b(ai|nguoi) ky\b|\bky boi\b|\bky ten\b|\bky (quyet dinh|ke hoach|van ban|ban hanh)|\bky\b.*\bla ai\b|\bai\b.*\bky\s*\??$|\b(chu tich|thu tuong|bi thu|giam doc)( \p{L}+){0,2} ky\b");

    private static readonly Regex SignedWhen = Pattern(@"\bky( (vao|dung|tu|hoi|chinh thuc))?( ngay| khi| nam| thang| luc| bao gio)|\bngay ky\b");
    private static readonly Regex WhoCue = Pattern(@"\bai\b|nguoi nao|nguoi ky|ky boi|ong nao|ba nao|ky ten|chuc vu|lanh dao nao|\bnao (da )?ky");

    /// <summary>
    /// True when the question asks who signed: "ký" with its accent, or typed plain in a phrase where "ky"
    /// cannot be "kỹ" (kỹ năng) or "kỳ" (định kỳ) — unless it only asks when ("ký ngày nào", "khi nào … ký").
    /// </summary>
    public static bool AsksWhoSigned(string question)
    {
        var normalized = VietnameseText.Normalize(question).ToLowerInvariant();
        var signed = SignedAccented.IsMatch(normalized)
            || (VietnameseText.IsUnaccented(normalized) && SignedUnaccented.IsMatch(normalized));
        if (!signed)
        {
            return false;
        }

        var folded = VietnameseText.Fold(normalized);
        var asksWhen = SignedWhen.IsMatch(folded) || Rules[0].Pattern.IsMatch(folded);
        return !asksWhen || WhoCue.IsMatch(folded);
    }

    private static readonly Regex AsksAnything = Pattern(@"\b(khong|chua|sao|the nao|ra sao|o dau|tu dau|ve dau|gi|nao|ai|may|bao nhieu|bao lau|bao gio|hay khong|phai khong|dung khong|ha|a)\s*\??\s*$|\b(gi|nao|ai|may|bao nhieu|bao lau|bao gio|the nao|ra sao|o dau|tu dau|ve dau|co .* khong)\b");

    /// <summary>True when the text asks something: a question word, or "không"/"chưa"/"hả" at its end.</summary>
    public static bool IsQuestion(string text) =>
        text.Contains('?') || AsksAnything.IsMatch(VietnameseText.Fold(VietnameseText.Normalize(text)).ToLowerInvariant()) || Detect(text) != QuestionType.General;

    // "mấy ông nhà báo", "mấy cái tuyên truyền này": "mấy" before a classifier or a person, or beside another question
    // word, means "those", not "how many".
    private static readonly Regex DeterminerMay = Pattern(@"\bmay\b(?=\s+(cai|ong|ba|ban|anh|chi|em|dua|chu|nguoi|vu|chuyen|tin|bai|dieu)\b)");
    private static readonly Regex OtherQuestionWord = Pattern(@"\b(gi|nao|ai|dau|sao|the nao|ra sao)\b");
    private static readonly Regex May = Pattern(@"(?<!\b(so|ngay|thang|thu|lop|gio|nam) )\bmay\b(?!\s+(thang|nam|lan|ngay|tuan|quy|phan|gio|phut)\b)");

    /// <summary>
    /// The question folded and in lower case, with a "mấy" that means "those" written as "các", so that only a real
    /// "how many" makes a number question.
    /// </summary>
    public static string Fold(string question)
    {
        var folded = VietnameseText.Fold(VietnameseText.Normalize(question)).ToLowerInvariant();
        folded = DeterminerMay.Replace(folded, "cac");
        return OtherQuestionWord.IsMatch(folded) && !folded.Contains("bao nhieu", StringComparison.Ordinal) ? May.Replace(folded, "cac") : folded;
    }

    /// <summary>The type of <paramref name="question"/>.</summary>
    public static QuestionType Detect(string question) => DetectFolded(Fold(question));

    /// <summary>The type of a question already folded with <see cref="Fold"/>.</summary>
    internal static QuestionType DetectFolded(string folded)
    {
        foreach (var (type, pattern) in Rules)
        {
            if (pattern.IsMatch(folded))
            {
                return type;
            }
        }

        return QuestionType.General;
    }

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
