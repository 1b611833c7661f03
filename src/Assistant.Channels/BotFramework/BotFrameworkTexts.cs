namespace Assistant.Channels.BotFramework;

/// <summary>What the bot says besides answers and the shared notices, in Vietnamese (valid as plain text and as Markdown).</summary>
internal static class BotFrameworkTexts
{
    /// <summary>Greeting when the bot is added to a conversation.</summary>
    public const string Welcome =
        "Xin chào! Tôi là trợ lý hỏi đáp về Nghị quyết 71-NQ/TW và các kế hoạch triển khai của ngành giáo dục.\n\n" +
        "Bạn cứ gửi câu hỏi bằng tiếng Việt, tôi sẽ trả lời dựa trên văn bản chính thức và ghi rõ nguồn. Ví dụ:\n\n" +
        "- Nghị quyết 71 đặt mục tiêu gì đến năm 2030?\n" +
        "- Học sinh có được miễn học phí không?\n" +
        "- Ở Cần Thơ, cơ quan nào xử lý thông tin sai lệch về giáo dục?";
}
