using System.Text.Json;
using Assistant.Core.Configuration;

namespace Assistant.Cli.Tests.Commands;

public sealed class AskCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("assistant-cli-").FullName;

    [Fact]
    public async Task Ask_OneQuestion_PrintsTheAnswerWithItsSources()
    {
        var result = await CliRunner.RunAsync(RepositoryPaths.Root, "ask", "Quyết định 157/QĐ-TTg do ai ký?");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Lê Thành Long", result.Output);
        Assert.Contains("Nguồn:", result.Output);
    }

    [Fact]
    public async Task Ask_InputFile_WritesOneAnswerJsonPerLineWithTopTenPassages()
    {
        var input = Write("q.jsonl", """
            {"id":"a","question":"Nghị quyết 71-NQ/TW ban hành ngày nào?"}
            {"id":"b","question":"Học phí năm nay bao nhiêu?"}
            """);
        var output = Path.Combine(folder, "a.jsonl");
        var result = await CliRunner.RunAsync(folder, "ask", "--input", input, "--output", output);

        Assert.Equal(0, result.ExitCode);
        var answers = File.ReadAllLines(output).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["a", "b"], answers.Select(a => a.GetProperty("id").GetString()));
        Assert.False(answers[0].GetProperty("refused").GetBoolean());
        Assert.True(answers[1].GetProperty("refused").GetBoolean());
        Assert.Equal(10, answers[0].GetProperty("passages").GetArrayLength());
        Assert.Equal("extractive", answers[0].GetProperty("mode").GetString());
        Assert.True(answers[0].GetProperty("elapsedMs").GetDouble() > 0);
        Assert.Matches(@"22/8/2025|22 tháng 8 năm 2025", answers[0].GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Ask_MalformedLine_IsNamedAndTheOtherLinesAreStillAnswered()
    {
        var input = Write("bad.jsonl", """
            {"id":"1","question":"Ai ký kế hoạch của Cần Thơ?"}
            {"id":"2","question": oops}
            {"id":"3"}
            {"id":"4","question":"Lạng Sơn tối thiểu bao nhiêu phần trăm cán bộ truyền thông được đào tạo?"}
            """);
        var output = Path.Combine(folder, "out.jsonl");
        var result = await CliRunner.RunAsync(folder, "ask", "--input", input, "--output", output);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("dòng 2", result.Error);
        Assert.Contains("dòng 3", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        var ids = File.ReadAllLines(output).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
        Assert.Equal(["1", "4"], ids);
    }

    [Fact]
    public async Task Ask_MissingInputFile_ClearErrorAndNonZeroExit()
    {
        var result = await CliRunner.RunAsync(folder, "ask", "--input", "khong-co.jsonl");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("không tìm thấy tệp", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
    }

    [Fact]
    public async Task Index_PrintsEveryDocumentWithPassageCounts()
    {
        var result = await CliRunner.RunAsync(RepositoryPaths.Root, "index");
        Assert.Equal(0, result.ExitCode);
        foreach (var id in new[] { "quyet-dinh-157-ttg", "hai-phong-ke-hoach", "lang-son-ke-hoach", "quang-ngai-ke-hoach", "can-tho-ke-hoach" })
        {
            Assert.Matches($@"{id}\s+\d+ passages", result.Output);
        }

        Assert.Matches(@"5 documents, \d+ passages, indexed in \d+ ms", result.Output);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
