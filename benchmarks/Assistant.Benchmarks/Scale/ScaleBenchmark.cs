using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Core.Configuration;

namespace Assistant.Benchmarks.Scale;

/// <summary>
/// <c>scale [--articles F] [--questions F] [--copies 10] [--work DIR] [--out FILE] [--warm-only]</c>: writes the national-size corpus
/// (<see cref="ScaleCorpus"/>) to a work folder, then starts the engine twice in fresh processes (<see cref="ScaleRun"/>):
/// cold (no index in the data folder: it is built) and warm (the index of the cold start reused), the warm one followed by
/// SQLite FTS5 over the same passages (<c>--warm-only</c>: the index left in the work folder by an earlier run is reused and
/// only the warm start measured). Prints a table and writes the figures as JSON.
/// </summary>
public static class ScaleBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var dataset = RepositoryPaths.Resolve("../shared/datasets/alqac2023");
        var articles = Path.GetFullPath(Option(args, "--articles") ?? Path.Combine(dataset, "articles.json"));
        var questions = Path.GetFullPath(Option(args, "--questions") ?? Path.Combine(dataset, "questions.json"));
        var copies = int.Parse(Option(args, "--copies") ?? "10", CultureInfo.InvariantCulture);
        var work = Path.GetFullPath(Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "assistant-scale"));
        var output = Path.GetFullPath(Option(args, "--out") ?? Path.Combine(work, "scale.json"));

        var corpus = ScaleCorpus.Write(work, articles, copies);
        var data = Path.Combine(work, "data");
        var warmOnly = args.Contains("--warm-only");
        if (Directory.Exists(data) && !warmOnly)
        {
            Directory.Delete(data, recursive: true);
        }

        var runArgs = new[] { "--articles", articles, "--questions", questions };
        var cold = warmOnly ? null : await StartAsync(corpus, data, runArgs);
        var warm = await StartAsync(corpus, data, [.. runArgs, "--fts"]);
        var report = new JsonObject { ["copies"] = copies, ["cold"] = cold, ["warm"] = warm };
        File.WriteAllText(output, report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Print(cold, warm);
        Console.WriteLine($"written to {output}");
        return 0;
    }

    private static async Task<JsonNode> StartAsync(string corpus, string data, string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add("scale-run");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Corpus__Directory"] = corpus;
        start.Environment["Data__Directory"] = data;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            lines.Add(line);
        }

        await process.WaitForExitAsync();
        Console.Error.WriteLine(lines.LastOrDefault());
        return process.ExitCode == 0 && lines.Count > 0
            ? JsonNode.Parse(lines[^1])!
            : throw new InvalidOperationException($"scale-run exited with {process.ExitCode}: {string.Join('\n', lines)}");
    }

    private static void Print(JsonNode? cold, JsonNode warm)
    {
        Console.WriteLine($"{warm["documents"]} documents, {warm["passages"]} passages; load average {warm["loadAverage"]}");
        Console.WriteLine($"{"",-28}{"cold (index built)",20}{"warm (index reused)",22}");
        Row("start to index loaded, ms", cold?["startToIndexMs"], warm["startToIndexMs"]);
        Row("corpus tables, ms", cold?["tablesMs"], warm["tablesMs"]);
        Row("start to ready, ms", cold?["startToReadyMs"], warm["startToReadyMs"]);
        Row("first answer, ms", cold?["firstAnswerMs"], warm["firstAnswerMs"]);
        Row("start to first answer, ms", cold?["startToFirstAnswerMs"], warm["startToFirstAnswerMs"]);
        foreach (var (name, key) in new[] { ("search", "search"), ("whole answer", "answer") })
        {
            Row($"{name} p50/p95/max, ms", cold is null ? null : Triple(cold[key]!), Triple(warm[key]!));
        }

        Row("article recall@5", cold?["recallAt5"], warm["recallAt5"]);
        Row("RSS / peak RSS, MB", cold is null ? null : $"{Number(cold["rssMb"])} / {Number(cold["peakRssMb"])}", $"{Number(warm["rssMb"])} / {Number(warm["peakRssMb"])}");
        var fts = warm["fts"]!;
        Console.WriteLine($"FTS5 (same passages, same run): build {Number(warm["ftsBuildMs"])} ms, search p50/p95/max {Triple(fts)} ms");
        Console.WriteLine($"search p95 / FTS5 p95 = {(double)warm["search"]!["P95Ms"]! / (double)fts["P95Ms"]!:F3}");
    }

    private static string Triple(JsonNode latency) => $"{Number(latency["P50Ms"])}/{Number(latency["P95Ms"])}/{Number(latency["MaxMs"])}";

    private static void Row(string name, object? cold, object? warm) => Console.WriteLine($"{name,-28}{Format(cold),20}{Format(warm),22}");

    private static string Format(object? value) => value is JsonNode node ? Number(node) : value?.ToString() ?? "";

    private static string Number(JsonNode? node) => node is null ? "" : ((double)node).ToString(((double)node) < 10 ? "F3" : "F0", CultureInfo.InvariantCulture);

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
