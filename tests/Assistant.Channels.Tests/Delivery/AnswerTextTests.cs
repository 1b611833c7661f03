using Assistant.Channels.Delivery;
using Assistant.Channels.Telegram;
using Assistant.Core.Answers;

namespace Assistant.Channels.Tests.Delivery;

public sealed class AnswerTextTests
{
    [Fact]
    public void Render_Citations_NumberedSourceList()
    {
        var answer = new Answer
        {
            Question = "q",
            Text = "Câu trả lời.",
            Citations = [new Citation("a", "Mục I", "Nghị quyết 71", "…"), new Citation("b", "", "Kế hoạch 12", "…")],
        };

        Assert.Equal("Câu trả lời.\n\nNguồn:\n1. Nghị quyết 71 – Mục I\n2. Kế hoạch 12", AnswerText.Render(answer));
    }

    [Fact]
    public void RenderMarkdown_Citations_BoldHeadingAndEscapedNumberedList()
    {
        var answer = new Answer
        {
            Question = "q",
            Text = "Theo **Kế hoạch**, học phí được miễn.",
            Citations = [new Citation("a", "II.2.a", "Kế hoạch số 12/KH_UBND [bản 2]", "…"), new Citation("b", "", "Nghị quyết 71*", "…")],
        };

        Assert.Equal(
            "Theo **Kế hoạch**, học phí được miễn.\n\n**Nguồn:**\n\n1. Kế hoạch số 12/KH\\_UBND \\[bản 2\\] – II.2.a\n2. Nghị quyết 71\\*",
            AnswerText.RenderMarkdown(answer));
    }

    [Fact]
    public void Render_Refusal_NoSourceList() =>
        Assert.Equal("Không tìm thấy.", AnswerText.Render(new Answer { Question = "q", Text = "Không tìm thấy.", Refused = true }));

    [Fact]
    public void Escape_Markup_EscapedAndVietnameseKept() =>
        Assert.Equal("&lt;b&gt;Học phí&lt;/b&gt; &amp; &quot;miễn&quot;", TelegramHtml.Escape("<b>Học phí</b> & \"miễn\""));
}
