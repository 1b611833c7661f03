using Assistant.Answering.Llm.Prompts;

namespace Assistant.Answering.Tests.Llm.Prompts;

public sealed class PromptFileTests
{
    [Fact]
    public async Task RenderAsync_ValuesWithVietnameseAndAmpersands_InsertedAsTheyAre()
    {
        var prompt = PromptFile.Parse("t", "---\ninput_variables: [question]\n---\nHỏi: {{$question}}");

        var text = await prompt.RenderAsync(new Dictionary<string, string> { ["question"] = "Sở GD&ĐT <b>Cần Thơ</b> ở đâu?" }, TestContext.Current.CancellationToken);

        Assert.Equal("Hỏi: Sở GD&ĐT <b>Cần Thơ</b> ở đâu?", text);
    }
}
