using Assistant.Channels.Delivery;

namespace Assistant.Channels.Zalo;

/// <summary>What the OA says besides answers, in Vietnamese, addressing the user as "anh/chị".</summary>
internal static class ZaloTexts
{
    /// <summary>The OA's notices: text only, slow down, answering failed.</summary>
    public static ChannelNotices Notices { get; } = new(
        "Cảm ơn anh/chị đã nhắn tin. Hiện trợ lý chỉ đọc được câu hỏi dạng chữ, anh/chị vui lòng gõ câu hỏi giúp nhé. " +
        "Ví dụ: \"Học sinh có được miễn học phí không?\"",
        "Anh/chị đã gửi khá nhiều câu hỏi trong thời gian ngắn. Vui lòng chờ khoảng một phút rồi hỏi tiếp nhé.",
        "Xin lỗi, hệ thống đang gặp sự cố nên chưa trả lời được. Anh/chị vui lòng thử lại sau ít phút.");
}
