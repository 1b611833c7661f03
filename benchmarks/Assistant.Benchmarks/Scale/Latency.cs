using System.Diagnostics;

namespace Assistant.Benchmarks.Scale;

/// <summary>Per-call latency of some work over a list of inputs: median, 95th percentile and maximum in milliseconds.</summary>
public sealed record Latency(int Count, double P50Ms, double P95Ms, double MaxMs)
{
    /// <summary>Runs <paramref name="work"/> on every input, <paramref name="rounds"/> times, after one round not counted.</summary>
    public static Latency Measure(IReadOnlyList<string> inputs, int rounds, Action<string> work)
    {
        foreach (var input in inputs)
        {
            work(input);
        }

        var times = new List<double>(inputs.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var input in inputs)
            {
                var started = Stopwatch.GetTimestamp();
                work(input);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        times.Sort();
        return new Latency(times.Count, times[times.Count / 2], times[(int)(times.Count * 0.95)], times[^1]);
    }
}
