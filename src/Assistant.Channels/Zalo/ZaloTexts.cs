namespace Assistant.Channels.Zalo;

/// <summary>What the OA says besides answers, in Vietnamese.</summary>
internal static class ZaloTexts
{
    /// <summary>Reply to an image, sticker, voice message…</summary>
    public const string TextOnly =
        "Cảm ơn anh/chị đã nhắn tin. Hiện trợ lý chỉ đọc được câu hỏi dạng chữ, anh/chị vui lòng gõ câu hỏi giúp nhé. " +
        "Ví dụ: \"Học sinh có được miễn học phí không?\"";

    /// <summary>Reply when a user asks too often.</summary>
    public const string SlowDown =
        "Anh/chị đã gửi khá nhiều câu hỏi trong thời gian ngắn. Vui lòng chờ khoảng một phút rồi hỏi tiếp nhé.";

    /// <summary>Reply when answering failed.</summary>
    public const string Failed =
        "Xin lỗi, hệ thống đang gặp sự cố nên chưa trả lời được. Anh/chị vui lòng thử lại sau ít phút.";
}
