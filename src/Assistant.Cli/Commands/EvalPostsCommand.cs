using System.CommandLine;
using Assistant.Cli.Hosting;
using Assistant.Core.Configuration;
using Assistant.Core.Monitoring;
using Assistant.Evaluation;
using Assistant.Evaluation.Posts;
using Assistant.Evaluation.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Assistant.Evaluation.Reports.CommonSections;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>eval posts --input eval/posts.jsonl [--model M] [--train FILE] [--scored FILE] [--folds K] [--compare …] [--gate …] [--out DIR]</c>:
/// scores labelled posts and measures the flagging, the classifier (beside a peer) and its cross-validation.
/// </summary>
public static class EvalPostsCommand
{
    /// <summary>The setting the <c>--model</c> option overrides (the monitor's model file).</summary>
    public const string ModelPathSetting = "Monitoring:Classifier:ModelPath";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Labelled posts (JSONL {\"id\",\"text\",\"label\"})", Required = true };
        var model = new Option<string?>("--model") { Description = "Classifier model file to score with (default: Monitoring:Classifier:ModelPath)" };
        var train = new Option<string?>("--train") { Description = "Train our classifier and the ML.NET peer on this labelled file, then score --input with them" };
        var scored = new Option<string?>("--scored") { Description = "Scored posts (output of `score`) to evaluate instead of scoring now" };
        var folds = new Option<int?>("--folds") { Description = "Cross-validation folds on the training data (0 skips; default Evaluation:CrossValidationFolds)" };
        var output = new Option<string?>("--out") { Description = "Folder for metrics.json, report.md and report.html (default eval/reports/<time>)" };
        var compare = new Option<string?>("--compare") { Description = "metrics.json of an earlier run to show deltas against" };
        var gate = new Option<string?>("--gate") { Description = "Baseline file; exit 1 when a metric is outside its bound" };
        var section = new Option<string>("--gate-section") { Description = "Baseline section to check", DefaultValueFactory = _ => "posts" };
        var command = new Command("posts", "Measure misinformation flagging and the classifier on labelled posts") { input, model, train, scored, folds, output, compare, gate, section };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(input)!,
            parse.GetValue(model),
            parse.GetValue(train),
            parse.GetValue(scored),
            parse.GetValue(folds),
            new EvalRunOutput(parse.GetValue(output), parse.GetValue(compare), parse.GetValue(gate), parse.GetValue(section)!),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string inputPath, string? modelPath, string? trainPath, string? scoredPath, int? folds, EvalRunOutput output, CancellationToken cancellationToken)
    {
        var missing = new[] { inputPath, modelPath, trainPath, scoredPath }.FirstOrDefault(p => p is not null && !File.Exists(p));
        if (missing is not null)
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy tệp '{missing}'.");
            return 2;
        }

        if (output.MissingFile() is { } missingOutput)
        {
            Console.Error.WriteLine(missingOutput);
            return 2;
        }

        var overrides = new Dictionary<string, string?>();
        if (modelPath is not null)
        {
            overrides[ModelPathSetting] = Path.GetFullPath(modelPath);
        }

        await using var services = CliServices.Build(overrides);
        var options = services.GetRequiredService<IOptions<EvaluationOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        var request = new PostsRunRequest(
            trainPath,
            scoredPath,
            services.GetService<IPostScorer>(),
            services.GetKeyedService<IClassifierTrainer>(ClassifierTrainerKeys.Project),
            services.GetKeyedService<IClassifierTrainer>(ClassifierTrainerKeys.Peer),
            RepositoryPaths.Resolve(options.ClassifierTrainingData),
            folds ?? options.CrossValidationFolds);
        var started = time.GetUtcNow();
        var gold = GoldPostReader.Read(inputPath);
        PostsRun run;
        try
        {
            run = await TerminalProgress.RunAsync(
                "Đang chấm bài viết",
                PostsRunner.StepsOf(request, gold.Items.Count),
                progress => PostsRunner.RunAsync(gold, request, progress, cancellationToken),
                time,
                cancellationToken);
        }
        catch (PostsSetupException exception)
        {
            foreach (var error in gold.Errors)
            {
                Console.Error.WriteLine(error);
            }

            Console.Error.WriteLine($"Lỗi: {exception.Message}");
            return 2;
        }

        PrintSummary(run);
        return await output.FinishAsync(
            PostMetricSet.From(run),
            context => PostsReportBuilder.Build(run, context),
            new ReportContext(inputPath, started),
            run.Errors,
            options,
            time,
            cancellationToken);
    }

    private static void PrintSummary(PostsRun run)
    {
        var m = run.Metrics;
        Console.WriteLine($"{m.Posts} bài ({m.Misinformation} tin sai), chấm bởi {run.Source}");
        Console.WriteLine($"flagged: precision {Number(m.Flagging.Precision)}, recall {Number(m.Flagging.Recall)}, f1 {Number(m.Flagging.F1)}; bài không liên quan bị gắn cờ {m.UnrelatedFlagged}; nhãn đúng {Number(m.Confusion.Accuracy)}");
        Console.WriteLine($"classifierScore: rocAuc {Number(m.RocAuc)}, prAuc {Number(m.PrAuc)}" + (run.HasRiskScore ? $"; score: riskRocAuc {Number(m.RiskRocAuc)}, riskPrAuc {Number(m.RiskPrAuc)}" : string.Empty));
        if (m.Peer is { } peer)
        {
            Console.WriteLine($"đối chứng ({run.PeerName}): peerRocAuc {Number(peer.RocAuc)}, peerPrAuc {Number(peer.PrAuc)}, peerF1 {Number(peer.AtHalf.F1)}");
        }

        if (run.Slices.ByRule.Count > 0)
        {
            Console.WriteLine("theo quy tắc: " + string.Join("; ", run.Slices.ByRule.Select(r => $"{r.Key} {r.Value.TruePositives}/{r.Value.Predicted} (precision {Number(r.Value.Precision)}, recall {Number(r.Value.Recall)})")));
        }

        if (run.CrossValidation is { } cv)
        {
            Console.WriteLine($"kiểm định chéo {cv.Folds.Count} phần ({cv.Posts} bài): rocAuc {Number(cv.MeanRocAuc)} ± {Number(cv.StdRocAuc)}, f1 {Number(cv.MeanF1)}");
        }
    }
}
