
namespace Assistant.Core.Text;

/// <summary>
/// Syllables of question phrasing and politeness ("cho hỏi", "ạ", "bao nhiêu") and of naming a merged province
/// ("Hải Dương cũ, nay là Hải Phòng") that say how a parent asks, not what about; they are left out of the search
/// terms (the answerer reads them for the question type).
/// </summary>
public static class QueryStopWords
{
    private static readonly HashSet<string> Exact = new(
        [
            "ai", "gì", "nào", "sao", "bao", "nhiêu", "mấy", "không", "chưa", "ạ", "à", "ơi", "nhé", "nha", "ad",
            "cho", "hỏi", "xin", "vui", "lòng", "mình", "em", "tôi", "anh", "chị", "bạn", "con", "thế", "thì",
            "vậy", "là", "có", "được", "những", "các", "của", "và", "với", "ở", "tại", "trong", "về", "để", "này",
            "đó", "kia", "khi", "lúc", "hay", "hoặc", "biết", "muốn", "cần", "đang", "sẽ", "đã", "rồi", "nhỉ",
            "vâng", "giúp", "nói", "rõ", "làm", "phải", "một", "như", "theo", "ạh", "đâu", "vì", "sau", "bị",
            "cũ", "giờ", "nay", "sáp", "nhập", "còn", "hết", "cũng", "mà", "nữa", "luôn", "thôi", "chứ", "đều", "vẫn", "hoài", "mãi",
            "lâu", "lần", "ông", "bà", "cháu", "chú", "bác", "cô", "cụ",
            "kiểu", "tận", "xuống", "riêng", "lẻ", "tẻ", "lượt", "nhắc", "gồm", "bốn", "chỗ", "ủa", "tụi", "chữ", "lướt", "lấy",
        ],
        StringComparer.Ordinal);

    /// <summary>Folded syllables that are also meaningful words once their diacritics are gone ("can" = cán, "dang" = Đảng).</summary>
    private static readonly HashSet<string> AmbiguousWhenFolded = new(
        ["ban", "bao", "co", "con", "do", "the", "thi", "chi", "can", "dang", "da", "de", "noi", "hoi", "tai", "trong", "lam", "sau", "bi", "ba", "bac", "chu", "cu", "lan"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Folded = new(
        Exact.Select(VietnameseText.Fold).Where(word => !AmbiguousWhenFolded.Contains(word)),
        StringComparer.Ordinal);

    /// <summary>Every question and politeness syllable of the list, as written.</summary>
    public static IReadOnlyCollection<string> All => Exact;

    /// <summary>True for a lower-case syllable that carries no search meaning in a question.</summary>
    public static bool Contains(string token) =>
        Exact.Contains(token) || (Folded.Contains(token) && string.Equals(VietnameseText.Fold(token), token, StringComparison.Ordinal));
}
