using Assistant.Channels.Delivery;

namespace Assistant.Channels.Tests.Delivery;

public sealed class MessageSplitterTests
{
    [Fact]
    public void Split_ShortText_OnePart() =>
        Assert.Equal(["Xin chào."], MessageSplitter.Split("  Xin chào.  ", 100));

    [Fact]
    public void Split_Sentences_CutsAfterSentenceEnd()
    {
        var parts = MessageSplitter.Split("Câu thứ nhất khá dài. Câu thứ hai cũng dài. Câu ba.", 30);

        Assert.Equal(["Câu thứ nhất khá dài.", "Câu thứ hai cũng dài. Câu ba."], parts);
    }

    [Fact]
    public void Split_ParagraphsPreferred_OverSentences()
    {
        var parts = MessageSplitter.Split("Đoạn một. Vẫn đoạn một.\n\nĐoạn hai.", 30);

        Assert.Equal(["Đoạn một. Vẫn đoạn một.", "Đoạn hai."], parts);
    }

    [Fact]
    public void Split_NoBoundary_HardCutKeepsEveryCharacter()
    {
        var text = new string('x', 25);

        var parts = MessageSplitter.Split(text, 10);

        Assert.Equal([10, 10, 5], parts.Select(p => p.Length));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Split_SurrogatePairAtLimit_NotBroken()
    {
        var text = new string('a', 9) + "😀" + "bbb";

        var parts = MessageSplitter.Split(text, 10);

        Assert.Equal(new string('a', 9), parts[0]);
        Assert.StartsWith("😀", parts[1]);
    }
}
