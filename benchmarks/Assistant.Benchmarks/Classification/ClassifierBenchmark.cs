using System.Diagnostics;
using Assistant.Monitoring.Classification;

namespace Assistant.Benchmarks.Classification;

/// <summary>
/// Quality and speed of the post classifier against ML.NET's default pipeline in the same run: ROC-AUC on the test
/// split, batch throughput (posts/s) and the time to train the deployed model on 5,000 posts.
/// </summary>
internal static class ClassifierBenchmark
{
    private const int ThroughputPosts = 20_000;
    private const int TrainingPosts = 5_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var (train, test) = await BenchmarkData.LoadAsync(args);
        var truth = test.Select(p => p.IsMisinformation).ToList();
        var testTexts = test.Select(p => p.Text).ToList();

        var clock = Stopwatch.StartNew();
        using var ours = new PostClassifierTrainer().Train(train);
        var oursTrainSeconds = clock.Elapsed.TotalSeconds;
        var oursScores = ours.ClassifyBatch(testTexts).Select(r => r.MisinformationProbability).ToList();

        clock.Restart();
        var peer = DefaultTextPipeline.Train(train);
        var peerTrainSeconds = clock.Elapsed.TotalSeconds;
        var peerScores = peer.Score(testTexts);

        Console.WriteLine();
        Console.WriteLine("| model | ROC-AUC | PR-AUC | train s |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| ours | {ScoreMetrics.RocAuc(oursScores, truth):F4} | {ScoreMetrics.PrAuc(oursScores, truth):F4} | {oursTrainSeconds:F1} |");
        Console.WriteLine($"| ML.NET default | {ScoreMetrics.RocAuc(peerScores, truth):F4} | {ScoreMetrics.PrAuc(peerScores, truth):F4} | {peerTrainSeconds:F1} |");

        var batch = Enumerable.Range(0, ThroughputPosts).Select(i => testTexts[i % testTexts.Count]).ToList();
        var oursRate = PostsPerSecond(batch, texts => ours.ClassifyBatch(texts).Count);
        var peerRate = PostsPerSecond(batch, texts => peer.Score(texts).Count);
        var singleRate = PostsPerSecond(batch, texts =>
        {
            Parallel.ForEach(texts, text => ours.Classify(text));
            return texts.Count;
        });
        Console.WriteLine();
        Console.WriteLine($"Batch throughput on {ThroughputPosts} posts ({Environment.ProcessorCount} cores, load average {LoadAverage()}): ours {oursRate:N0} posts/s, ML.NET default {peerRate:N0} posts/s (ours/default {oursRate / peerRate:F2}); ours one by one on all threads {singleRate:N0} posts/s");

        var all = train.Concat(test).ToList();
        var five = Enumerable.Range(0, TrainingPosts).Select(i => all[i % all.Count] with { Id = $"p{i}" }).ToList();
        clock.Restart();
        using var deployed = new PostClassifierTrainer().Train(five);
        Console.WriteLine($"Training the deployed model on {five.Count} posts: {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double PostsPerSecond(IReadOnlyList<string> texts, Func<IReadOnlyList<string>, int> score)
    {
        score(texts.Take(2_000).ToList());
        var best = 0.0;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            var count = score(texts);
            best = Math.Max(best, count / clock.Elapsed.TotalSeconds);
        }

        return best;
    }
}
