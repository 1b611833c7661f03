using System.Diagnostics;
using Assistant.Monitoring.Classification;

namespace Assistant.Benchmarks.Classification;

/// <summary>
/// What each idea of the classifier buys: every variant is trained on the train split and scored on the test split
/// in one run, beside ML.NET's default pipeline.
/// </summary>
internal static class ClassifierExperiments
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (train, test) = await BenchmarkData.LoadAsync(args);
        var only = BenchmarkData.Option(args, "--only");
        var truth = test.Select(p => p.IsMisinformation).ToList();
        var texts = test.Select(p => p.Text).ToList();
        Console.WriteLine("| idea | ROC-AUC | PR-AUC | F1 | train s |");
        Console.WriteLine("|---|---|---|---|---|");
        if (only is null || only == "default")
        {
            var clock = Stopwatch.StartNew();
            var peer = DefaultTextPipeline.Train(train);
            var scores = peer.Score(texts);
            Console.WriteLine($"| ML.NET default FeaturizeText + SdcaLogisticRegression | {ScoreMetrics.RocAuc(scores, truth):F4} | {ScoreMetrics.PrAuc(scores, truth):F4} | | {clock.Elapsed.TotalSeconds:F1} |");
        }

        foreach (var (name, settings) in Variants().Where(v => only is null || v.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            var clock = Stopwatch.StartNew();
            using var classifier = new PostClassifierTrainer(settings).Train(train);
            var seconds = clock.Elapsed.TotalSeconds;
            var results = classifier.ClassifyBatch(texts);
            var metrics = ClassifierMetrics.Compute(results, test.Select(p => p.Label).ToList());
            Console.WriteLine($"| {name} | {metrics.RocAuc:F4} | {metrics.PrAuc:F4} | {metrics.F1:F3} | {seconds:F1} |");
        }

        return 0;
    }

    private static IEnumerable<(string Name, ClassifierTrainingSettings Settings)> Variants()
    {
        var words = new FeaturizerSettings { CharNgramMax = 0, FoldedView = false, MetaWeight = 0, WordBigrams = false };
        yield return ("words only, accented, NFC", new() { Featurizer = words });
        yield return ("+ word bigrams", new() { Featurizer = words with { WordBigrams = true } });
        yield return ("+ folded view", new() { Featurizer = words with { WordBigrams = true, FoldedView = true } });
        var chars = new FeaturizerSettings { MetaWeight = 0 };
        yield return ("+ char 2-5-grams both views", new() { Featurizer = chars });
        yield return ("+ meta features (default settings)", new());
        yield return ("char 1-6", new() { Featurizer = new() { CharNgramMin = 1, CharNgramMax = 6 } });
        yield return ("min df 1", new() { Featurizer = new() { MinDocumentFrequency = 1 } });
        yield return ("min df 3", new() { Featurizer = new() { MinDocumentFrequency = 3 } });
        yield return ("2^22 slots", new() { Featurizer = new() { HashBits = 22 } });
        yield return ("raw tf", new() { Featurizer = new() { SublinearTf = false } });
        yield return ("L-BFGS LR", new() { Learners = [BinaryLearner.LbfgsLogisticRegression] });
        yield return ("L-BFGS LR l2=0.1", new() { Learners = [BinaryLearner.LbfgsLogisticRegression], L2Regularization = 0.1f });
        yield return ("SDCA l2=1e-4", new() { L2Regularization = 1e-4f });
        yield return ("SDCA l2=1e-3", new() { L2Regularization = 1e-3f });
        yield return ("SDCA l2=1e-2", new() { L2Regularization = 1e-2f });
        yield return ("Linear SVM", new() { Learners = [BinaryLearner.LinearSvm] });
        yield return ("Averaged perceptron", new() { Learners = [BinaryLearner.AveragedPerceptron] });
        yield return ("SDCA + L-BFGS + SVM ensemble", new() { Learners = [BinaryLearner.SdcaLogisticRegression, BinaryLearner.LbfgsLogisticRegression, BinaryLearner.LinearSvm] });
        yield return ("LightGBM 2^16", new() { Learners = [BinaryLearner.LightGbm], Featurizer = new() { HashBits = 16 } });
    }
}
