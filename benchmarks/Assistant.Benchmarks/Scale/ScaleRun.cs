using System.Diagnostics;
using System.Text.Json;
using Assistant.Answering;
using Assistant.Core.Answers;
using Assistant.Core.Retrieval;
using Assistant.Evaluation.Articles;
using Assistant.Evaluation.Peer;
using Assistant.Retrieval;
using Assistant.Retrieval.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Benchmarks.Scale;

/// <summary>
/// One start of the scale benchmark, in its own process (<c>scale-run --articles F --questions F [--fts]</c>, corpus and
/// data folders from the environment): time from process start to the index ready and to the first answer, search and
/// answer latency over the ALQAC questions, article recall@5 (a copy counts as its law), RSS; with <c>--fts</c>, the FTS5
/// peer over the same passages afterwards. Prints one JSON line.
/// </summary>
public static class ScaleRun
{
    private const int Rounds = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        var articlesPath = Option(args, "--articles")!;
        var questions = ArticleQuestionReader.Read(Option(args, "--questions")!, LawArticleReader.Read(articlesPath).Items.Select(a => a.Key).ToHashSet()).Items;
        var laws = LawArticleReader.Read(articlesPath).Items.Select(a => a.Key.Law).Distinct(StringComparer.Ordinal).ToList();
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddRetrieval(configuration);
        services.AddAnswering(configuration);
        await using var provider = services.BuildServiceProvider();
        var retriever = provider.GetRequiredService<IRetriever>();
        var indexed = DateTime.UtcNow - started;
        var answerer = provider.GetRequiredService<IAnswerer>();
        // As the web host's warm-up does before it reports ready.
        var tables = Stopwatch.StartNew();
        provider.GetRequiredService<CorpusTableBuilder>().Build();
        var tablesMs = tables.Elapsed.TotalMilliseconds;
        var ready = DateTime.UtcNow - started;
        var firstWatch = Stopwatch.StartNew();
        await answerer.AnswerAsync(questions[0].Text!);
        var first = firstWatch.Elapsed;
        var toFirstAnswer = DateTime.UtcNow - started;

        var texts = questions.Select(q => q.Text!).ToList();
        var search = Latency.Measure(texts, Rounds, q => retriever.Search(q, 10));
        var answer = Latency.Measure(texts, 1, q => answerer.AnswerAsync(q).GetAwaiter().GetResult());
        var recall = questions.Average(q => Recall(q, retriever.Search(q.Text!, 50), laws));
        var memory = Memory.Read();
        var result = new Dictionary<string, object?>
        {
            ["documents"] = retriever.Documents.Count,
            ["passages"] = retriever.Documents.Sum(d => d.Passages.Count),
            ["startToIndexMs"] = indexed.TotalMilliseconds,
            ["tablesMs"] = tablesMs,
            ["startToReadyMs"] = ready.TotalMilliseconds,
            ["firstAnswerMs"] = first.TotalMilliseconds,
            ["startToFirstAnswerMs"] = toFirstAnswer.TotalMilliseconds,
            ["search"] = search,
            ["answer"] = answer,
            ["recallAt5"] = recall,
            ["rssMb"] = memory.RssMb,
            ["peakRssMb"] = memory.PeakRssMb,
            ["managedMb"] = GC.GetTotalMemory(forceFullCollection: false) / 1048576.0,
        };

        if (args.Contains("--fts"))
        {
            var build = Stopwatch.StartNew();
            using var fts = FtsPassageIndex.Build(retriever.Documents);
            result["ftsBuildMs"] = build.Elapsed.TotalMilliseconds;
            result["fts"] = Latency.Measure(texts, Rounds, q => fts.Search(q, 10));
        }

        result["loadAverage"] = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Share of the question's articles among the first five distinct articles found.</summary>
    private static double Recall(ArticleQuestion question, SearchResult result, IReadOnlyList<string> laws)
    {
        var found = result.Hits
            .Select(h => ScaleCorpus.LawOf(h.Passage.DocId) is { } law ? ArticleKey.OfPassage(laws[law], h.Passage.Section) : null)
            .OfType<ArticleKey>()
            .Distinct()
            .Take(5)
            .ToHashSet();
        return question.Relevant.Count == 0 ? 0 : question.Relevant.Count(found.Contains) / (double)question.Relevant.Count;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
