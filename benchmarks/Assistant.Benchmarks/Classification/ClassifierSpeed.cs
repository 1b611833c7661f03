using Assistant.Monitoring.Classification;

namespace Assistant.Benchmarks.Classification;

/// <summary>
/// Where scoring time goes, on one thread in CPU time: building the text views, counting terms, and scoring;
/// also how many posts take the general (slow) normalisation path and whether both paths agree on them.
/// </summary>
internal static class ClassifierSpeed
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (train, test) = await BenchmarkData.LoadAsync(args);
        var bits = BenchmarkData.Option(args, "--bits");
        var settings = new ClassifierTrainingSettings { Featurizer = bits is null ? new() : new() { HashBits = int.Parse(bits) } };
        using var classifier = new PostClassifierTrainer(settings).Train(train);
        var texts = test.Select(p => p.Text).ToList();
        var chars = texts.Sum(t => t.Length);
        Console.WriteLine($"{texts.Count} test posts, mean {chars / texts.Count} characters");

        var fast = new TextViewBuilder();
        var generic = new TextViewBuilder();
        var differing = 0;
        foreach (var text in texts)
        {
            fast.Build(text);
            generic.Build(text, generic: true);
            differing += fast.Accented.SequenceEqual(generic.Accented) && fast.Folded.SequenceEqual(generic.Folded) && fast.Normalized.SequenceEqual(generic.Normalized) ? 0 : 1;
        }

        Console.WriteLine($"views differing between the fast and the general path: {differing}");
        Report("views (general path)", texts, t => generic.Build(t, generic: true));
        Report("views (fast path)", texts, t => fast.Build(t));
        var scratch = classifier.Featurizer.CreateScratch();
        var counting = new CountingSink();
        Report("views + term counts", texts, t => classifier.Featurizer.Walk(t, scratch, ref counting));
        Report("feature vector", texts, t => classifier.Featurizer.Featurize(t, scratch));
        Report("classify one by one", texts, t => classifier.Classify(t));
        return 0;
    }

    private static void Report(string name, IReadOnlyList<string> texts, Action<string> action)
    {
        foreach (var text in texts.Take(200))
        {
            action(text);
        }

        var best = double.MaxValue;
        for (var trial = 0; trial < 5; trial++)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            foreach (var text in texts)
            {
                action(text);
            }

            best = Math.Min(best, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds / texts.Count);
        }

        Console.WriteLine($"{name}: {best * 1e6:F1} µs CPU per post ({1 / best:N0} posts per CPU-second), best of 5");
    }

    /// <summary>Only counts the distinct terms, to time featurisation without the scorer.</summary>
    private struct CountingSink : IBlockSink
    {
        public long Distinct { get; private set; }

        public void EndBlock(TermCounts counts) => Distinct += counts.Count;

        public readonly void Meta(ReadOnlySpan<float> meta)
        {
        }
    }
}
