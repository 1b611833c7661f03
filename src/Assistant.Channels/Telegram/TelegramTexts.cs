namespace Assistant.Channels.Telegram;

/// <summary>What the bot says besides answers and <see cref="Delivery.ChannelNotices.Informal"/>, in Vietnamese (HTML, already escaped).</summary>
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

}
