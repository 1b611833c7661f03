using System.Diagnostics;
using System.Text.Json;
using Assistant.Core.Configuration;
using Assistant.Core.Monitoring;
using Assistant.Monitoring;
using Assistant.Monitoring.Claims;
using Assistant.Monitoring.Classification;
using Assistant.Monitoring.KnownClaims;
using Assistant.Monitoring.Scoring;
using Assistant.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Benchmarks.Pipeline;

/// <summary>
/// Full monitoring pipeline throughput (classifier batch + claim check + known claims + risk), and each part alone:
/// <c>pipeline [--input FILE] [--repeat N]</c>. The classifier comes from Monitoring:Classifier (trained at first use).
/// </summary>
public static class PipelineBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var input = RepositoryPaths.Resolve(Option(args, "--input") ?? "corpus/posts/train.jsonl");
        var repeat = int.Parse(Option(args, "--repeat") ?? "10", System.Globalization.CultureInfo.InvariantCulture);
        var texts = File.ReadLines(input).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        var posts = Enumerable.Range(0, repeat).SelectMany(r => texts.Select((t, i) => new Post("bench", $"{r}-{i}", t))).ToList();

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddRetrieval(configuration);
        services.AddMonitoring(configuration);
        await using var provider = services.BuildServiceProvider();
        var scorer = provider.GetRequiredService<PostScorer>();
        var classifier = await provider.GetRequiredService<PostClassifierProvider>().GetAsync();
        var claims = provider.GetRequiredService<ClaimChecker>();
        var known = provider.GetRequiredService<KnownClaimMatcher>();
        await scorer.ScoreBatchAsync(posts.Take(200).ToList());

        Report("classifier (batch)", posts.Count, () => classifier.ClassifyBatch(posts.Select(p => p.Text).ToList()));
        var retriever = provider.GetRequiredService<Assistant.Core.Retrieval.IRetriever>();
        Report("retrieval, whole post as query (parallel)", posts.Count, () => Parallel.ForEach(posts, p => retriever.Search(p.Text, 5)));
        var profile = claims.Profile();
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClaimCheckOptions>>().Value;
        var queries = posts.Select(p => claims.Read(p.Text)).Select(r => ClaimQuery.Build(r.Analyzed, r.Provinces, profile, options.MaxQueryTerms)).ToList();
        Report($"retrieval, bounded query of {options.MaxQueryTerms} rarest terms (parallel)", posts.Count, () => Parallel.ForEach(queries, q => retriever.Search(q, 5)));
        Report("post reading: text, query tokens, provinces (parallel)", posts.Count, () => Parallel.ForEach(posts, p => claims.Read(p.Text)));
        var readings = posts.Select(p => claims.Read(p.Text)).ToList();
        Report("relevance evidence (parallel)", posts.Count, () => Parallel.ForEach(readings, r => TopicEvidence.Of(r, profile)));
        Report("claim check of every post (parallel)", posts.Count, () => Parallel.ForEach(posts, p => claims.Check(p.Text)));
        Report("known claims (parallel)", posts.Count, () => Parallel.ForEach(posts, p => known.FindAsync(p.Text).GetAwaiter().GetResult()));
        Report("full pipeline (ScoreBatchAsync, batches of 512)", posts.Count, () =>
        {
            foreach (var chunk in posts.Chunk(512))
            {
                scorer.ScoreBatchAsync(chunk).GetAwaiter().GetResult();
            }
        });
        Report("full pipeline (ScoreAsync per post, parallel)", posts.Count, () => Parallel.ForEach(posts, p => scorer.ScoreAsync(p).GetAwaiter().GetResult()));
        return 0;
    }

    private static void Report(string name, int count, Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        clock.Stop();
        Console.WriteLine($"{name}: {count} posts in {clock.Elapsed.TotalSeconds:F2} s = {count / clock.Elapsed.TotalSeconds:F0} posts/s");
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
