namespace Assistant.Channels.Telegram;

/// <summary>What the bot says besides answers, in Vietnamese (HTML, already escaped).</summary>
internal static class TelegramTexts
{
    /// <summary>Reply to /start and /help.</summary>
    public const string Welcome =
        "Xin chào! Tôi là trợ lý hỏi đáp về <b>Nghị quyết 71-NQ/TW</b> và các kế hoạch triển khai của ngành giáo dục.\n\n" +
        "Bạn cứ gửi câu hỏi bằng tiếng Việt, tôi sẽ trả lời dựa trên văn bản chính thức và ghi rõ nguồn. Ví dụ:\n" +
        "• Nghị quyết 71 đặt mục tiêu gì đến năm 2030?\n" +
        "• Học sinh có được miễn học phí không?\n" +
        "• Kế hoạch của tỉnh Đồng Tháp về chuyển đổi số trong giáo dục là gì?\n\n" +
        "Trong nhóm, hãy nhắc tên tôi (@tên_bot) hoặc trả lời tin nhắn của tôi để hỏi.";

    /// <summary>Reply to a photo, sticker, voice message…</summary>
    public const string TextOnly =
        "Cảm ơn bạn đã gửi tin nhắn. Hiện tôi chỉ đọc được câu hỏi dạng chữ, bạn vui lòng gõ câu hỏi giúp tôi nhé.";

    /// <summary>Reply when a chat asks too often.</summary>
    public const string SlowDown =
        "Bạn đã gửi khá nhiều câu hỏi trong thời gian ngắn. Vui lòng chờ khoảng một phút rồi hỏi tiếp nhé.";

    /// <summary>Reply when answering failed.</summary>
    public const string Failed =
        "Xin lỗi, hệ thống đang gặp sự cố nên chưa trả lời được. Bạn vui lòng thử lại sau ít phút.";
}
