using System.Text.Json;
using Assistant.Core.Configuration;

namespace Assistant.Cli.Tests.Commands;

public sealed class ScoreCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("assistant-cli-score-").FullName;

    [Fact]
    public async Task TrainThenScore_BadLinesNamed_RestScoredWithScoredPostJson()
    {
        var model = Path.Combine(folder, "m.zip");
        var trained = await CliRunner.RunAsync(folder, "train", "--input", RepositoryPaths.Resolve("corpus/posts/train.jsonl"), "--output", model, "--folds", "2");
        Assert.Equal(0, trained.ExitCode);
        Assert.Contains("ROC-AUC", trained.Output);
        Assert.True(File.Exists(model));

        var input = Path.Combine(folder, "p.jsonl");
        File.WriteAllText(input, string.Join('\n',
            """{"id":"a","text":"Hải Phòng chỉ yêu cầu 50% cán bộ truyền thông ở Sở GD&ĐT và trường học được đào tạo trong giai đoạn 2026-2030."}""",
            """{"id":"b"}""",
            """{"id":"c","text": nope}""",
            JsonSerializer.Serialize(new { id = "d", text = new string('x', 1024 * 1024 + 1) }),
            """{"id":"e","text":"Chạy bộ buổi sáng nên ăn gì trước khi chạy vậy mọi người?"}"""));
        var output = Path.Combine(folder, "s.jsonl");

        var scored = await CliRunner.RunAsync(folder, "score", "--input", input, "--output", output, "--model", model);

        Assert.NotEqual(0, scored.ExitCode);
        Assert.Contains("dòng 2", scored.Error);
        Assert.Contains("dòng 3", scored.Error);
        Assert.Contains("dòng 4", scored.Error);
        Assert.DoesNotContain("   at ", scored.Error);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "e"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.True(lines[0].GetProperty("flagged").GetBoolean());
        Assert.Contains(lines[0].GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("50%") && r.GetString()!.Contains("70%"));
        Assert.False(lines[1].GetProperty("flagged").GetBoolean());
        Assert.Equal("unrelated", lines[1].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Score_MissingModel_ClearErrorAndExit2()
    {
        var input = Path.Combine(folder, "p.jsonl");
        File.WriteAllText(input, """{"id":"a","text":"NQ71 bị bãi bỏ"}""");

        var result = await CliRunner.RunAsync(folder, "score", "--input", input, "--model", Path.Combine(folder, "none.zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("không tìm thấy mô hình", result.Error);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
