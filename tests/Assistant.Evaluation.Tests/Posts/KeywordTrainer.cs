using Assistant.Core.Monitoring;

namespace Assistant.Evaluation.Tests.Posts;

/// <summary>
/// A real, tiny classifier trainer: it learns the words seen only in misinformation posts; a text containing one of
/// them is misinformation with probability 0.9, else 0.1.
/// </summary>
internal sealed class KeywordTrainer(string name = "từ khoá") : IClassifierTrainer
{
    public string Name { get; } = name;

    public List<int> TrainingSizes { get; } = [];

    public Task<ITrainedTextClassifier> TrainAsync(IReadOnlyList<TrainingPost> posts, CancellationToken cancellationToken = default)
    {
        TrainingSizes.Add(posts.Count);
        var other = posts.Where(p => p.Label != PostLabel.Misinformation).SelectMany(p => Words(p.Text)).ToHashSet();
        var bad = posts.Where(p => p.Label == PostLabel.Misinformation).SelectMany(p => Words(p.Text)).Where(w => !other.Contains(w)).ToHashSet();
        return Task.FromResult<ITrainedTextClassifier>(new Model(bad));
    }

    private static IEnumerable<string> Words(string text) => text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private sealed class Model(HashSet<string> bad) : ITrainedTextClassifier
    {
        public IReadOnlyList<TextClassification> Classify(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
            [.. texts.Select(t => Words(t).Any(bad.Contains)
                ? new TextClassification(PostLabel.Misinformation, 0.9)
                : new TextClassification(PostLabel.Accurate, 0.1))];

        public void Dispose()
        {
        }
    }
}
