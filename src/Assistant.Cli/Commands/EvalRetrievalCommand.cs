using System.CommandLine;
using Assistant.Cli.Hosting;
using Assistant.Core.Provinces;
using Assistant.Evaluation;
using Assistant.Evaluation.Articles;
using Assistant.Evaluation.Reports;
using Assistant.Retrieval;
using Assistant.Retrieval.Parsing;
using Assistant.Retrieval.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Assistant.Evaluation.Reports.CommonSections;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>eval retrieval --articles articles.json --questions questions.json [--compare …] [--gate …] [--out DIR]</c>: loads the
/// laws of an article benchmark (ALQAC 2023) as documents, searches its questions with our retriever and the FTS5 peer over the
/// same passages in one run, and reports article-level recall@1/@5/@10 and MRR@10 of both.
/// </summary>
public static class EvalRetrievalCommand
{
    /// <summary>The baseline section this run is checked against.</summary>
    public const string GateSection = "retrieval";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var articles = new Option<string>("--articles") { Description = "Articles file: {\"<law>@<article number>\": \"text\"} (ALQAC articles.json)", Required = true };
        var questions = new Option<string>("--questions") { Description = "Questions file: [{\"question_id\",\"text\",\"relevant_articles\":[{\"law_id\",\"article_id\"}]}]", Required = true };
        var output = new Option<string?>("--out") { Description = "Folder for metrics.json, report.md and report.html (default eval/reports/<time>)" };
        var compare = new Option<string?>("--compare") { Description = "metrics.json of an earlier run to show deltas against" };
        var gate = new Option<string?>("--gate") { Description = $"Baseline file; exit 1 when a metric is outside its bound (section \"{GateSection}\")" };
        var command = new Command("retrieval", "Measure article-level search on a law corpus (ALQAC), beside an SQLite FTS5 peer") { articles, questions, output, compare, gate };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(articles)!,
            parse.GetValue(questions)!,
            new EvalRunOutput(parse.GetValue(output), parse.GetValue(compare), parse.GetValue(gate), GateSection),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string articlesPath, string questionsPath, EvalRunOutput output, CancellationToken cancellationToken)
    {
        foreach (var path in new[] { articlesPath, questionsPath }.Where(p => !File.Exists(p)))
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy tệp '{path}'.");
            return 2;
        }

        if (output.MissingFile() is { } missing)
        {
            Console.Error.WriteLine(missing);
            return 2;
        }

        await using var services = CliServices.Build();
        var time = services.GetRequiredService<TimeProvider>();
        var started = time.GetUtcNow();
        var benchmark = ArticleBenchmark.Load(articlesPath, questionsPath, DocumentParser.Parse);
        using var ours = new LuceneRetriever(benchmark.Documents, services.GetRequiredService<ProvinceDirectory>(), services.GetRequiredService<IOptions<RetrievalOptions>>());
        var runner = services.GetRequiredService<ArticleRetrievalRunner>();
        var run = await TerminalProgress.RunAsync(
            "Đang tìm theo điều luật",
            benchmark.Questions.Count,
            progress => Task.FromResult(runner.Run(benchmark, ours, progress, cancellationToken)),
            time,
            cancellationToken);

        PrintSummary(run);
        return await output.FinishAsync(
            ArticleMetricSet.From(run),
            context => ArticleReportBuilder.Build(run, context),
            new ReportContext($"{articlesPath}, {questionsPath}", started),
            run.Benchmark.Errors,
            services.GetRequiredService<IOptions<EvaluationOptions>>().Value,
            time,
            cancellationToken);
    }

    private static void PrintSummary(ArticleRetrievalRun run)
    {
        var benchmark = run.Benchmark;
        Console.WriteLine($"{benchmark.Documents.Count} luật, {benchmark.Articles} điều, {benchmark.Passages} đoạn; {benchmark.Questions.Count} câu hỏi.");
        foreach (var category in run.Categories)
        {
            Console.WriteLine($"{category.Type,-12} [ours] {Line(category.Ours)}");
            Console.WriteLine($"{string.Empty,-12} [fts5] {Line(category.Peer)}");
        }
    }

    private static string Line(ArticleRetrievalMetrics m) =>
        $"recallAt1 {Number(m.RecallAt1)}, recallAt5 {Number(m.RecallAt5)}, recallAt10 {Number(m.RecallAt10)}, mrrAt10 {Number(m.MrrAt10)}, p50 {Number(m.Latency.P50Ms)} ms, p95 {Number(m.Latency.P95Ms)} ms";
}
