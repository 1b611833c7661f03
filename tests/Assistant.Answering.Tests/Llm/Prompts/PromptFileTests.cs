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

    [Fact]
    public void Parse_FrontMatter_SettingsRead()
    {
        var prompt = PromptFile.Parse("t", "---\ndescription: d\ntemperature: 0.2\nmax_tokens: 300\ninput_variables: [a, b]\n---\n{{$a}} {{$b}}");

        Assert.Equal("d", prompt.Settings.Description);
        Assert.Equal(0.2, prompt.Settings.Temperature);
        Assert.Equal(300, prompt.Settings.MaxTokens);
        Assert.Equal(["a", "b"], prompt.Settings.InputVariables);
    }

    [Theory]
    [InlineData("no front matter {{$a}}", "must start with")]
    [InlineData("---\ninput_variables: [a]\n{{$a}}", "no '---' line closing")]
    [InlineData("---\ninput_variables: [a, b]\n---\n{{$a}}", "'b'")]
    [InlineData("---\ntemperature: [warm\n---\nx", "invalid front matter")]
    [InlineData("---\ntemprature: 0.1\n---\nx", "invalid front matter")]
    public void Parse_BadFile_FormatErrorSaysWhat(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => PromptFile.Parse("broken", text));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("'broken'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_MissingVariable_Throws()
    {
        var prompt = PromptFile.Parse("t", "---\ninput_variables: [question]\n---\n{{$question}}");

        await Assert.ThrowsAsync<ArgumentException>(() => prompt.RenderAsync(new Dictionary<string, string>(), TestContext.Current.CancellationToken));
    }
}
