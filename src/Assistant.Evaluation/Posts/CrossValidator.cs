using Assistant.Core.Monitoring;

namespace Assistant.Evaluation.Posts;

/// <summary>Stratified k-fold cross-validation of an <see cref="IClassifierTrainer"/>.</summary>
public sealed class CrossValidator(IClassifierTrainer trainer, int seed = 1)
{
    /// <summary>Trains k times on k−1 folds and scores the held-out fold; progress counts finished folds.</summary>
    public async Task<CrossValidationSummary> RunAsync(IReadOnlyList<TrainingPost> posts, int folds, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var assignment = StratifiedFolds.Assign([.. posts.Select(p => p.Label)], folds, seed);
        var results = new List<FoldResult>(folds);
        for (var fold = 0; fold < folds; fold++)
        {
            var train = posts.Where((_, i) => assignment[i] != fold).ToList();
            var test = posts.Where((_, i) => assignment[i] == fold).ToList();
            using var classifier = await trainer.TrainAsync(train, cancellationToken);
            var predicted = classifier.Classify([.. test.Select(p => p.Text)], cancellationToken);
            var truth = test.Select(p => p.Label == PostLabel.Misinformation).ToList();
            var scores = predicted.Select(p => p.MisinformationProbability).ToList();
            results.Add(new FoldResult(
                fold + 1,
                train.Count,
                test.Count,
                BinaryCurves.RocAuc(scores, truth),
                BinaryCurves.AveragePrecision(scores, truth),
                BinaryCounts.From([.. predicted.Select(p => p.Label == PostLabel.Misinformation)], truth),
                ConfusionMatrix.From([.. test.Select(p => p.Label)], [.. predicted.Select(p => p.Label)], PostLabel.All).Accuracy));
            progress?.Report(results.Count);
        }

        return new CrossValidationSummary(trainer.Name, posts.Count, results);
    }
}
