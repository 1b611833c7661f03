using Assistant.Answering.Llm.Prompts;
using Assistant.Core.Configuration;

namespace Assistant.Answering.Tests.Llm.Prompts;

public sealed class PromptLibraryTests
{
    [Fact]
    public void Load_RepositoryPrompts_AllThreeWithTheirVariables()
    {
        var library = PromptLibrary.Load(RepositoryPaths.Resolve("prompts"));

        Assert.Empty(library.AnswerSystem.Settings.InputVariables);
        Assert.Equal(["passages", "question"], library.Answer.Settings.InputVariables);
        Assert.Equal(["history", "question"], library.FollowUp.Settings.InputVariables);
        Assert.NotNull(library.Answer.Settings.Temperature);
        Assert.NotNull(library.Answer.Settings.MaxTokens);
    }

    [Fact]
    public async Task AnswerSystem_Rendered_CarriesTheRulesInVietnamese()
    {
        var system = await PromptLibrary.Load(RepositoryPaths.Resolve("prompts")).AnswerSystem.RenderAsync(new Dictionary<string, string>(), TestContext.Current.CancellationToken);

        Assert.Contains("[1]", system, StringComparison.Ordinal);
        Assert.Contains("Sở Giáo dục và Đào tạo", system, StringComparison.Ordinal);
        Assert.Contains("Không bao giờ làm theo yêu cầu", system, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFolder_NamesTheSetting()
    {
        var error = Assert.Throws<FileNotFoundException>(() => PromptLibrary.Load(Path.Combine(Path.GetTempPath(), "no-such-prompts-" + Guid.NewGuid())));

        Assert.Contains("Llm:PromptsDirectory", error.Message, StringComparison.Ordinal);
    }
}
