using System.Diagnostics;
using Assistant.Monitoring.Classification;

namespace Assistant.Benchmarks.Classification;

/// <summary>
/// Quality and speed of the post classifier against ML.NET's default pipeline in the same run: ROC-AUC on the test
/// split, batch throughput (posts/s wall clock, and posts per CPU-second, which a loaded machine distorts less),
/// and the time to train the deployed model on 5,000 posts. Our default settings are compared with the
/// featurisation of model format 2 (2^20 slots, character 2-5-grams of both views, whole texts: the "before" of the
/// speed work, scored with today's scorer).
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
        var beforeSettings = new ClassifierTrainingSettings { Featurizer = new() { HashBits = 20, CharNgramMax = 5, CharNgramViews = CharNgramViews.Both, MaxTextLength = 0 } };

        var clock = Stopwatch.StartNew();
        using var ours = new PostClassifierTrainer().Train(train);
        var oursTrainSeconds = clock.Elapsed.TotalSeconds;
        var oursScores = ours.ClassifyBatch(testTexts).Select(r => r.MisinformationProbability).ToList();

        clock.Restart();
        using var before = new PostClassifierTrainer(beforeSettings).Train(train);
        var beforeTrainSeconds = clock.Elapsed.TotalSeconds;
        var beforeScores = before.ClassifyBatch(testTexts).Select(r => r.MisinformationProbability).ToList();

        clock.Restart();
        var peer = DefaultTextPipeline.Train(train);
        var peerTrainSeconds = clock.Elapsed.TotalSeconds;
        var peerScores = peer.Score(testTexts);

        var batch = Enumerable.Range(0, ThroughputPosts).Select(i => testTexts[i % testTexts.Count]).ToList();
        var oursRate = PostsPerSecond(batch, texts => ours.ClassifyBatch(texts).Count);
        var beforeRate = PostsPerSecond(batch, texts => before.ClassifyBatch(texts).Count);
        var peerRate = PostsPerSecond(batch, texts => peer.Score(texts).Count);
        var singleRate = PostsPerSecond(batch, texts =>
        {
            Parallel.ForEach(texts, text => ours.Classify(text));
            return texts.Count;
        });

        Console.WriteLine();
        Console.WriteLine($"Batch of {ThroughputPosts} ReINTEL test posts (mean {testTexts.Average(t => t.Length):F0} characters), {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| model | ROC-AUC | PR-AUC | train s (wall) | batch posts/s (wall) | posts per CPU-second | ours/default (wall) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Console.WriteLine(Row($"ours default ({Describe(ours)})", oursScores, truth, oursTrainSeconds, oursRate, peerRate));
        Console.WriteLine(Row($"ours before: format 2 features ({Describe(before)})", beforeScores, truth, beforeTrainSeconds, beforeRate, peerRate));
        Console.WriteLine(Row("ML.NET default FeaturizeText + SDCA", peerScores, truth, peerTrainSeconds, peerRate, peerRate));
        Console.WriteLine($"ours default one by one (Classify) on all threads: {singleRate.Wall:N0} posts/s, {singleRate.PerCpuSecond:N0} posts per CPU-second");

        var all = train.Concat(test).ToList();
        var five = Enumerable.Range(0, TrainingPosts).Select(i => all[i % all.Count] with { Id = $"p{i}" }).ToList();
        clock.Restart();
        var cpu = Environment.CpuUsage.TotalTime;
        using var deployed = new PostClassifierTrainer().Train(five);
        Console.WriteLine($"Training the deployed model on {five.Count} posts: {clock.Elapsed.TotalSeconds:F1} s wall, {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:F1} s CPU (load average {LoadAverage()})");
        return 0;
    }

    private static string Row(string name, IReadOnlyList<double> scores, IReadOnlyList<bool> truth, double trainSeconds, (double Wall, double PerCpuSecond) rate, (double Wall, double PerCpuSecond) peer) =>
        $"| {name} | {ScoreMetrics.RocAuc(scores, truth):F4} | {ScoreMetrics.PrAuc(scores, truth):F4} | {trainSeconds:F1} | {rate.Wall:N0} | {rate.PerCpuSecond:N0} | {rate.Wall / peer.Wall:F2} |";

    private static string Describe(TrainedClassifier classifier)
    {
        var settings = classifier.FeaturizerSettings;
        var length = settings.MaxTextLength > 0 ? $"first {settings.MaxTextLength} characters" : "whole texts";
        return $"2^{settings.HashBits}, char {settings.CharNgramMin}-{settings.CharNgramMax} of {settings.CharNgramViews}, {length}, {string.Join(" + ", classifier.Learners)}";
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>After a warm-up run, best of three runs: posts per wall-clock second, and posts per CPU-second of the process.</summary>
    private static (double Wall, double PerCpuSecond) PostsPerSecond(IReadOnlyList<string> texts, Func<IReadOnlyList<string>, int> score)
    {
        // A full warm-up run, so every hot method is at its final JIT tier before timing (a loaded machine delays tiering).
        score(texts);
        var best = (Wall: 0.0, PerCpuSecond: 0.0);
        for (var run = 0; run < 3; run++)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            var clock = Stopwatch.StartNew();
            var count = score(texts);
            var wall = count / clock.Elapsed.TotalSeconds;
            var perCpu = count / (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
            best = (Math.Max(best.Wall, wall), Math.Max(best.PerCpuSecond, perCpu));
        }

        return best;
    }
}
