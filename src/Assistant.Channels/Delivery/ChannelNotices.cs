namespace Assistant.Channels.Delivery;

/// <summary>What a channel says instead of an answer, in Vietnamese (plain text).</summary>
/// <param name="TextOnly">Reply to a photo, sticker, voice message…</param>
/// <param name="SlowDown">Reply when a chat asks too often.</param>
/// <param name="Failed">Reply when answering failed.</param>
internal sealed record ChannelNotices(string TextOnly, string SlowDown, string Failed)
{
    /// <summary>The notices addressing the user as "bạn" (Telegram, Messenger, Teams, Web Chat).</summary>
    public static ChannelNotices Informal { get; } = new(
        "Cảm ơn bạn đã gửi tin nhắn. Hiện tôi chỉ đọc được câu hỏi dạng chữ, bạn vui lòng gõ câu hỏi giúp tôi nhé.",
        "Bạn đã gửi khá nhiều câu hỏi trong thời gian ngắn. Vui lòng chờ khoảng một phút rồi hỏi tiếp nhé.",
        "Xin lỗi, hệ thống đang gặp sự cố nên chưa trả lời được. Bạn vui lòng thử lại sau ít phút.");
}
