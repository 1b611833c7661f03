using System.Diagnostics;
using System.Text.Json;
using Assistant.Answering;
using Assistant.Core.Answers;
using Assistant.Core.Configuration;
using Assistant.Core.Retrieval;
using Assistant.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Benchmarks.Answering;

/// <summary>
/// Measures the extractive answerer in process: time from process start to the first answer, then warm
/// per-question latency of search alone and of the whole answer over a gold question file, in one run.
/// </summary>
public static class AnsweringBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var input = args.Length > 1 && args[0] == "--input" ? args[1] : Path.Combine(RepositoryPaths.Root, "eval", "questions.jsonl");
        var questions = File.ReadLines(input).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()!).ToList();

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddRetrieval(configuration);
        services.AddAnswering(configuration);
        await using var provider = services.BuildServiceProvider();
        var answerer = provider.GetRequiredService<IAnswerer>();
        var retriever = provider.GetRequiredService<IRetriever>();
        await answerer.AnswerAsync(questions[0]);
        var startToFirst = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.WriteLine($"process start to first answer: {startToFirst.TotalMilliseconds:F0} ms");

        for (var i = 0; i < 3; i++)
        {
            foreach (var question in questions)
            {
                await answerer.AnswerAsync(question);
            }
        }

        const int rounds = 10;
        var search = Measure(questions, rounds, q => retriever.Search(q, 10));
        var answer = Measure(questions, rounds, q => answerer.AnswerAsync(q).GetAwaiter().GetResult());
        Report("search only", search);
        Report("whole answer", answer);
        Console.WriteLine($"answer / search median ratio: {Median(answer) / Median(search):F2}");
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return 0;
    }

    private static List<double> Measure(IReadOnlyList<string> questions, int rounds, Action<string> work)
    {
        var times = new List<double>(questions.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                var started = Stopwatch.GetTimestamp();
                work(question);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        times.Sort();
        return times;
    }

    private static double Median(List<double> sorted) => sorted[sorted.Count / 2];

    private static void Report(string name, List<double> sorted) =>
        Console.WriteLine($"{name,-13} n={sorted.Count} median {Median(sorted):F3} ms, p95 {sorted[(int)(sorted.Count * 0.95)]:F3} ms, max {sorted[^1]:F3} ms, {1000 / sorted.Average():F0} questions/s on one thread");
}
