using Assistant.Core.Configuration;
using Assistant.Monitoring.Classification;

namespace Assistant.Benchmarks.Classification;

/// <summary>Reads the train/test split given on the command line (default: the ReINTEL split beside the repository).</summary>
internal static class BenchmarkData
{
    public const string DefaultTrain = "../shared/datasets/reintel/train.jsonl";
    public const string DefaultTest = "../shared/datasets/reintel/test.jsonl";

    public static async Task<(IReadOnlyList<LabelledPost> Train, IReadOnlyList<LabelledPost> Test)> LoadAsync(string[] args)
    {
        var train = await ReadAsync(Option(args, "--train") ?? DefaultTrain);
        var test = await ReadAsync(Option(args, "--test") ?? DefaultTest);
        return (train, test);
    }

    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static async Task<IReadOnlyList<LabelledPost>> ReadAsync(string path)
    {
        var full = File.Exists(path) ? Path.GetFullPath(path) : RepositoryPaths.Resolve(path);
        var result = await new LabelledPostReader().ReadFileAsync(full);
        Console.WriteLine($"{full}: {result.Posts.Count} posts ({result.Posts.Count(p => p.IsMisinformation)} misinformation), {result.Errors.Count} skipped");
        foreach (var error in result.Errors.Take(5))
        {
            Console.WriteLine($"  {error}");
        }

        return result.Posts;
    }
}
