using System.CommandLine;
using Assistant.Cli.Hosting;
using Assistant.Core.Answers;
using Assistant.Evaluation;
using Assistant.Evaluation.Qa;
using Assistant.Evaluation.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Assistant.Evaluation.Reports.CommonSections;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>eval qa --input eval/questions.jsonl [--input B.jsonl …] [--mode extractive|llm|both] [--compare OLD/metrics.json] [--gate eval/baseline.json] [--out DIR]</c>:
/// scores the answerer(s) and, in the same run, the FTS5 peer on a gold question set, or on several side by side (the first
/// is the headline set the gate and the comparison read).
/// </summary>
public static class EvalQaCommand
{
    private const string Both = "both";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Option<string[]>("--input") { Description = "Gold question set (JSONL); repeat it or give a comma list for several sets side by side", Required = true };
        var mode = new Option<string>("--mode") { Description = "Answerer: extractive, llm or both", DefaultValueFactory = _ => AnswerMode.Extractive };
        mode.AcceptOnlyFromAmong(AnswerMode.Extractive, AnswerMode.Llm, Both);
        var output = new Option<string?>("--out") { Description = "Folder for metrics.json, report.md and report.html (default eval/reports/<time>)" };
        var compare = new Option<string?>("--compare") { Description = "metrics.json of an earlier run to show deltas against" };
        var gate = new Option<string?>("--gate") { Description = "Baseline file; exit 1 when a metric is outside its bound (section \"qa\")" };
        var noPeer = new Option<bool>("--no-peer") { Description = "Skip the SQLite FTS5 peer" };
        var verbose = new Option<bool>("--verbose") { Description = "Print every failed item" };
        var command = new Command("qa", "Measure answer quality on a gold question set, beside an SQLite FTS5 peer") { input, mode, output, compare, gate, noPeer, verbose };
        command.SetAction((parse, cancellationToken) => RunAsync(
            [.. parse.GetValue(input)!.SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))],
            parse.GetValue(mode)!,
            !parse.GetValue(noPeer),
            parse.GetValue(verbose),
            new EvalRunOutput(parse.GetValue(output), parse.GetValue(compare), parse.GetValue(gate), "qa"),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IReadOnlyList<string> inputPaths, string mode, bool withPeer, bool verbose, EvalRunOutput output, CancellationToken cancellationToken)
    {
        if (inputPaths.Count == 0)
        {
            Console.Error.WriteLine("Lỗi: --input không nêu tệp nào.");
            return 2;
        }

        if (inputPaths.FirstOrDefault(p => !File.Exists(p)) is { } absent)
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy tệp '{absent}'.");
            return 2;
        }

        if (output.MissingFile() is { } missing)
        {
            Console.Error.WriteLine(missing);
            return 2;
        }

        await using var services = CliServices.Build();
        var answerers = new List<KeyValuePair<string, IAnswerer>>();
        foreach (var name in mode == Both ? [AnswerMode.Extractive, AnswerMode.Llm] : new[] { mode })
        {
            if (services.GetKeyedService<IAnswerer>(name) is not { } answerer)
            {
                Console.Error.WriteLine(
                    $"Lỗi: chưa cấu hình mô hình ngôn ngữ (Llm:Endpoint trống), không chạy được --mode {mode}. "
                    + $"Error: the LLM is not configured (Llm:Endpoint is empty); --mode {mode} cannot run.");
                return 2;
            }

            answerers.Add(new(name, answerer));
        }

        var time = services.GetRequiredService<TimeProvider>();
        var started = time.GetUtcNow();
        var runner = services.GetRequiredService<QaRunner>();
        var labels = QaSet.Labels(inputPaths);
        var sets = new List<QaSet>(inputPaths.Count);
        for (var i = 0; i < inputPaths.Count; i++)
        {
            var gold = runner.ReadGold(inputPaths[i]);
            var run = await TerminalProgress.RunAsync(
                inputPaths.Count == 1 ? "Đang chấm câu hỏi" : $"Đang chấm {labels[i]}",
                QaRunner.StepsOf(gold.Items.Count, answerers.Count, withPeer),
                progress => runner.RunAsync(gold, answerers, withPeer, progress, cancellationToken),
                time,
                cancellationToken);
            if (inputPaths.Count > 1)
            {
                Console.WriteLine($"== {labels[i]} ({inputPaths[i]})");
            }

            PrintSummary(run, verbose);
            sets.Add(new QaSet(labels[i], inputPaths[i], run));
        }

        var single = sets.Count == 1;
        return await output.FinishAsync(
            single ? QaMetricSet.From(sets[0].Run) : QaMetricSet.From(sets),
            context => single ? QaReportBuilder.Build(sets[0].Run, context) : QaSetsReportBuilder.Build(sets, context),
            new ReportContext(string.Join(", ", inputPaths), started),
            [.. sets.SelectMany(s => s.Run.Errors)],
            services.GetRequiredService<IOptions<EvaluationOptions>>().Value,
            time,
            cancellationToken);
    }

    private static void PrintSummary(QaRun run, bool verbose)
    {
        foreach (var mode in run.Modes)
        {
            var m = mode.Metrics;
            Console.WriteLine($"[{mode.Mode}] {m.Questions} câu: hitAt1 {Number(m.Retrieval.HitAt1)}, hitAt5 {Number(m.Retrieval.HitAt5)}, mrrAt10 {Number(m.Retrieval.MrrAt10)}, "
                + $"ndcgAt10 {Number(m.Retrieval.NdcgAt10)}, factRate {Number(m.FactRate)}, wrongAnswerRate {Number(m.WrongAnswerRate)}, citationValidity {Number(m.CitationValidity)}, "
                + $"citationPrecision {Number(m.CitationPrecision)}, refusalAccuracy {Number(m.RefusalAccuracy)}, refusalPrecision {Number(m.RefusalPrecision)}, "
                + $"falseRefusalRate {Number(m.FalseRefusalRate)}, p50 {Number(m.Latency.P50Ms)} ms, p95 {Number(m.Latency.P95Ms)} ms, max {Number(m.Latency.MaxMs)} ms");
        }

        if (run.PeerMetrics is { } peer)
        {
            Console.WriteLine($"[fts5] hitAt1 {Number(peer.Retrieval.HitAt1)}, hitAt5 {Number(peer.Retrieval.HitAt5)}, mrrAt10 {Number(peer.Retrieval.MrrAt10)}, "
                + $"ndcgAt10 {Number(peer.Retrieval.NdcgAt10)}, p95 {Number(peer.Latency.P95Ms)} ms");
        }

        foreach (var category in run.Categories.Where(c => c.Tag != QaCategory.All))
        {
            Console.WriteLine("  " + CategoryLine(category));
        }

        if (verbose)
        {
            foreach (var failure in run.Modes.SelectMany(m => m.Items.Where(i => !i.Passed).Select(i => (m.Mode, Item: i))))
            {
                Console.WriteLine($"- [{failure.Mode}] {failure.Item.Gold.Id} [{failure.Item.Failure}] rank={failure.Item.FirstRelevantRank?.ToString() ?? "-"} {failure.Item.Gold.Question}\n    → {failure.Item.Answer.Text.Replace('\n', ' ')}");
            }
        }

        var failed = run.Primary.Items.Count(i => !i.Passed);
        Console.WriteLine($"{failed} trong {run.Primary.Items.Count} câu không đạt ({run.Primary.Mode}).");
    }

    /// <summary>One category of the headline answerer: the answer figures on its answerable and unanswerable questions, hit@5 beside FTS5's.</summary>
    private static string CategoryLine(QaCategory category)
    {
        var m = category.Modes[0];
        var line = $"{category.Tag,-22} {category.Questions,4} câu";
        if (m.Answerable > 0)
        {
            line += $"  hitAt5 {Number(m.Retrieval.HitAt5),-6}";
            if (category.Peer is { Retrieval.Items: > 0 } peer)
            {
                line += $" fts5 {Number(peer.Retrieval.HitAt5),-6}";
            }

            line += $" factRate {Number(m.FactRate),-6} falseRefusalRate {Number(m.FalseRefusalRate),-6} wrongAnswerRate {Number(m.WrongAnswerRate),-6}";
        }

        if (m.Unanswerable > 0)
        {
            line += $" refusalAccuracy {Number(m.RefusalAccuracy),-6}";
        }

        return line + (category.PeerWins ? "  ← FTS5 thắng" : string.Empty);
    }
}
