using System.CommandLine;
using System.Text;
using System.Text.Json;
using Assistant.Cli.Hosting;
using Assistant.Core.Monitoring;
using Assistant.Monitoring.Classification;
using Assistant.Monitoring.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>score --input P.jsonl --output S.jsonl [--model M.zip]</c>: one Scored post JSON line per <c>{"id","text"}</c>
/// line (source <c>cli</c>, external id = id). Bad lines are named by number and skipped; the exit code is then 1.
/// </summary>
public static class ScoreCommand
{
    /// <summary>Largest post text accepted, in UTF-8 bytes (1 MB).</summary>
    public const int MaxTextBytes = 1024 * 1024;

    private const int BatchSize = 512;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "JSONL file of {\"id\",\"text\"} lines", Required = true };
        var output = new Option<string?>("--output") { Description = "JSONL file for the scored posts (default: standard output)" };
        var model = new Option<string?>("--model") { Description = "A classifier model .zip (default: Monitoring:Classifier:ModelPath, trained at first use)" };
        var command = new Command("score", "Score posts for misinformation against the official documents") { input, output, model };
        command.SetAction((parse, cancellationToken) => ScoreAsync(parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(model), cancellationToken));
        return command;
    }

    private static async Task<int> ScoreAsync(string inputPath, string? outputPath, string? modelPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(inputPath))
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy tệp đầu vào '{inputPath}'.");
            return 2;
        }

        if (modelPath is not null && !File.Exists(modelPath))
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy mô hình '{modelPath}'.");
            return 2;
        }

        var overrides = modelPath is null
            ? null
            : new Dictionary<string, string?> { [$"{ClassifierOptions.SectionName}:ModelPath"] = Path.GetFullPath(modelPath) };
        await using var services = CliServices.Build(overrides);
        var scorer = services.GetRequiredService<PostScorer>();
        await using var writer = outputPath is null ? Console.Out : new StreamWriter(outputPath, append: false);
        var scored = 0;
        var batch = new List<Post>(BatchSize);
        var input = new InputFile<PostLine>(inputPath, Validate);
        await foreach (var post in input.ReadAsync(cancellationToken))
        {
            batch.Add(new Post("cli", post.Id!, post.Text!));
            if (batch.Count == BatchSize)
            {
                scored += await WriteBatchAsync(scorer, batch, writer, cancellationToken);
            }
        }

        scored += await WriteBatchAsync(scorer, batch, writer, cancellationToken);
        Console.Error.WriteLine($"Đã chấm {scored} bài viết; {input.Failures} dòng lỗi.");
        return input.Failures == 0 ? 0 : 1;
    }

    private static async Task<int> WriteBatchAsync(PostScorer scorer, List<Post> batch, TextWriter writer, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        foreach (var result in await scorer.ScoreBatchAsync(batch, cancellationToken))
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(result, CliJson.Options));
        }

        var count = batch.Count;
        batch.Clear();
        return count;
    }

    private static string? Validate(PostLine line)
    {
        if (string.IsNullOrWhiteSpace(line.Id))
        {
            return "thiếu trường \"id\"";
        }

        if (string.IsNullOrWhiteSpace(line.Text))
        {
            return "thiếu trường \"text\"";
        }

        var bytes = Encoding.UTF8.GetByteCount(line.Text);
        return bytes > MaxTextBytes ? $"nội dung dài {bytes} byte, vượt giới hạn {MaxTextBytes} byte" : null;
    }
}
