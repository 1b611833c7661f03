using Assistant.Monitoring.Classification;

namespace Assistant.Monitoring.Tests.Classification;

/// <summary>The small labelled sample in TestData/posts.jsonl (12 posts per label).</summary>
internal static class TestPosts
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "posts.jsonl");

    public static IReadOnlyList<LabelledPost> All { get; } = Read();

    /// <summary>Fast settings for tests: the default featurisation in a small hashed space.</summary>
    public static ClassifierTrainingSettings Settings { get; } = new() { Featurizer = new() { HashBits = 14 }, CalibrationFolds = 3 };

    private static IReadOnlyList<LabelledPost> Read()
    {
        var result = new LabelledPostReader().ReadFileAsync(Path).GetAwaiter().GetResult();
        return result.Errors.Count == 0 ? result.Posts : throw new InvalidDataException(string.Join("; ", result.Errors));
    }
}
