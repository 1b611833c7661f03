using Assistant.Cli;
using Assistant.Cli.Hosting;
using Assistant.Core.Answers;
using Assistant.Core.Configuration;
using Assistant.Evaluation.Gate;
using Assistant.Evaluation.Metrics;
using Assistant.Evaluation.Qa;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Evaluation.Tests.Qa;

/// <summary>
/// The regression gate CI runs: the harness on the held-out eval/questions.jsonl, in process, with the command line's
/// composition, checked against eval/baseline.json.
/// </summary>
public sealed class HeldOutGateTests : IAsyncLifetime
{
    private static readonly string BaselinePath = RepositoryPaths.Resolve("eval/baseline.json");
    private readonly TempFolder folder = new();
    private QaRun run = null!;
    private MetricSet metrics = null!;

    public async ValueTask InitializeAsync()
    {
        await using var services = CliServices.Build();
        var runner = services.GetRequiredService<QaRunner>();
        var answerer = services.GetRequiredKeyedService<IAnswerer>(AnswerMode.Extractive);
        run = await runner.RunAsync(runner.ReadGold(RepositoryPaths.Resolve("eval/questions.jsonl")), [new(AnswerMode.Extractive, answerer)], withPeer: true, cancellationToken: TestContext.Current.CancellationToken);
        metrics = QaMetricSet.From(run);
    }

    [Fact]
    public void HeldOutQuestions_AgainstBaseline_PassTheGate()
    {
        var result = GateBaseline.Read(BaselinePath).Check(metrics, "qa");

        Assert.True(result.Passed, string.Join("; ", result.Violations.Select(v => v.Message)));
        Assert.True(result.Checked >= 5);
        Assert.Empty(run.Errors);
    }

    [Fact]
    public void HeldOutQuestions_UnaccentedQuestions_OurHitAt5BeatsTheFts5Peer()
    {
        Assert.True(metrics["noDiacriticsHitAt5"] > metrics["peerNoDiacriticsHitAt5"], $"ours {metrics["noDiacriticsHitAt5"]}, FTS5 {metrics["peerNoDiacriticsHitAt5"]}");
        Assert.True(metrics["hitAt5"] > metrics["peerHitAt5"]);
    }

    [Fact]
    public async Task Gate_MetricsBelowBaseline_TripsAndNamesTheMetric()
    {
        metrics.Set("hitAt5", 0.5).Set("falseRefusalRate", 0.5);
        var path = Path.Combine(folder.Path, "metrics.json");
        await File.WriteAllTextAsync(path, metrics.ToJson(), TestContext.Current.CancellationToken);

        var result = GateBaseline.Read(BaselinePath).Check(MetricSet.Read(path));
        var exitCode = await CliApplication.RunAsync(["eval", "gate", "--metrics", path, "--baseline", BaselinePath]);

        Assert.Equal(1, exitCode);
        Assert.Equal(["qa.hitAt5", "qa.falseRefusalRate"], result.Violations.Select(v => $"{v.Section}.{v.Metric}"));
    }

    public ValueTask DisposeAsync()
    {
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
