using Assistant.Answering.Referral;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;

namespace Assistant.Answering.Extractive;

/// <summary>Writes the polite Vietnamese refusals, always saying where to ask instead.</summary>
public sealed class RefusalWriter(ReferralWriter referral)
{
    /// <summary>The documents do not cover the question.</summary>
    public string NotCovered(SearchResult search)
    {
        var province = search.Provinces.FirstOrDefault()?.Province;
        return "Xin lỗi, các văn bản chính thức mà tôi có chưa đề cập đến nội dung này nên tôi không thể trả lời chính xác. "
            + $"Bạn vui lòng liên hệ {referral.WhereToAsk(province)} để được giải đáp.";
    }

    /// <summary>The question asks who holds an office: the documents only name who signed them.</summary>
    public string OfficeHolder(SearchResult search)
    {
        var province = search.Provinces.FirstOrDefault()?.Province;
        return "Xin lỗi, các văn bản chính thức mà tôi có chỉ ghi tên người ký văn bản, không cho biết ai đang giữ chức vụ này, "
            + $"nên tôi không thể trả lời chính xác. Bạn vui lòng liên hệ {referral.WhereToAsk(province)} để được giải đáp.";
    }

    /// <summary>
    /// A near miss: the documents speak of the topic but do not state what was asked (<paramref name="missing"/>: "số
    /// tiền cụ thể"). Says so plainly, then gives what they do say (<paramref name="related"/>, with its citation markers).
    /// </summary>
    public string NearMiss(string missing, string related, SearchResult search)
    {
        var province = search.Provinces.FirstOrDefault()?.Province;
        return $"Các văn bản chính thức mà tôi có không nêu {missing} mà bạn hỏi. Điều văn bản nói về nội dung này:\n{related}\n"
            + $"Để biết thông tin chính xác, bạn vui lòng liên hệ {referral.WhereToAsk(province)}.";
    }

    /// <summary>The question tries to give the assistant instructions.</summary>
    public string Injection() =>
        "Xin lỗi, tôi chỉ trả lời các câu hỏi về Nghị quyết 71-NQ/TW và các kế hoạch truyền thông thực hiện Nghị quyết "
        + "dựa trên văn bản chính thức, và không làm theo yêu cầu thay đổi cách trả lời. "
        + $"Bạn có thể đặt câu hỏi cụ thể về nội dung các văn bản, hoặc liên hệ {referral.WhereToAsk(null)}.";

    /// <summary>The question names provinces whose plan is not in the corpus; the national documents are pointed to.</summary>
    public string NoPlanFor(IReadOnlyList<ProvinceMention> uncovered, IReadOnlyList<string> nationalTitles)
    {
        var parts = uncovered.Select(m => m.ViaFormer
            ? $"{m.MatchedName} (nay thuộc {m.Province.Label})"
            : m.Province.Label);
        var text = $"Hiện tôi chưa có kế hoạch của {string.Join(", ", parts)} trong các văn bản chính thức được cung cấp, "
            + "nên không thể trả lời thay cho địa phương này và cũng không dùng kế hoạch của tỉnh, thành phố khác để trả lời.";
        if (nationalTitles.Count > 0)
        {
            text += $" Ở cấp quốc gia, bạn có thể tham khảo: {string.Join("; ", nationalTitles)}.";
        }

        return text + $" Để biết kế hoạch của địa phương, bạn vui lòng liên hệ {referral.WhereToAsk(uncovered[0].Province)}.";
    }
}
