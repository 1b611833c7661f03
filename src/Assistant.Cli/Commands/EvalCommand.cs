using System.CommandLine;
using System.Text.Json;
using Assistant.Cli.Hosting;
using Assistant.Core.Answers;
using Assistant.Core.Retrieval;
using Assistant.Evaluation.Qa;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Commands;

/// <summary><c>eval qa --input eval/questions.jsonl [--out DIR]</c>: scores the answerer on a gold question set.</summary>
public static class EvalCommand
{
    /// <summary>Builds the command with its <c>qa</c> subcommand.</summary>
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Gold question set (JSONL)", Required = true };
        var output = new Option<string?>("--out") { Description = "Folder for metrics.json and failures (default eval/reports/<time>)" };
        var verbose = new Option<bool>("--verbose") { Description = "Print every failed item" };
        var qa = new Command("qa", "Measure answer quality on a gold question set") { input, output, verbose };
        qa.SetAction((parse, cancellationToken) => RunQaAsync(parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(verbose), cancellationToken));
        return new Command("eval", "Measure quality on gold sets") { qa };
    }

    private static async Task<int> RunQaAsync(string inputPath, string? outputDirectory, bool verbose, CancellationToken cancellationToken)
    {
        if (!File.Exists(inputPath))
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy tệp '{inputPath}'.");
            return 2;
        }

        await using var services = CliServices.Build();
        var retriever = services.GetRequiredService<IRetriever>();
        var ids = retriever.Documents.Select(d => d.Info.Id).ToHashSet(StringComparer.Ordinal);
        var (questions, errors) = GoldQuestionReader.Read(inputPath, ids);
        foreach (var error in errors)
        {
            Console.Error.WriteLine(error);
        }

        var evaluator = new QaEvaluator(services.GetRequiredService<IAnswerer>(), retriever.Documents);
        var results = await evaluator.RunAsync(questions, cancellationToken: cancellationToken);
        var metrics = QaMetrics.From(results);

        var folder = outputDirectory ?? Path.Combine("eval", "reports", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "metrics.json"), JsonSerializer.Serialize(metrics, CliJson.Options), cancellationToken);
        var failures = results.Where(r => !r.Passed).ToList();
        await File.WriteAllLinesAsync(
            Path.Combine(folder, "failures.jsonl"),
            failures.Select(f => JsonSerializer.Serialize(new { f.Gold.Id, f.Gold.Question, f.Failure, f.FirstRelevantRank, f.Gold.Facts, Answer = f.Answer.Text }, CliJson.Options)),
            cancellationToken);

        Console.WriteLine(JsonSerializer.Serialize(metrics, new JsonSerializerOptions(CliJson.Options) { WriteIndented = true }));
        if (verbose)
        {
            foreach (var failure in failures)
            {
                Console.WriteLine($"- {failure.Gold.Id} [{failure.Failure}] rank={failure.FirstRelevantRank?.ToString() ?? "-"} {failure.Gold.Question}\n    → {failure.Answer.Text.Replace('\n', ' ')}");
            }
        }

        Console.WriteLine($"{failures.Count} of {results.Count} items failed; report in {folder}");
        return errors.Count == 0 ? 0 : 1;
    }
}
