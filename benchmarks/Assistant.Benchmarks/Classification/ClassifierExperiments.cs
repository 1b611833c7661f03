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
        var only = BenchmarkData.Option(args, "--only")?.Split('|');
        var truth = test.Select(p => p.IsMisinformation).ToList();
        var texts = test.Select(p => p.Text).ToList();
        Console.WriteLine("| idea | ROC-AUC | PR-AUC | F1 | train s (wall) | train s (CPU) | score µs CPU/post |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        if (only is null || only.Contains("default"))
        {
            var clock = Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.TotalTime;
            var peer = DefaultTextPipeline.Train(train);
            var scores = peer.Score(texts);
            Console.WriteLine($"| ML.NET default FeaturizeText + SdcaLogisticRegression | {ScoreMetrics.RocAuc(scores, truth):F4} | {ScoreMetrics.PrAuc(scores, truth):F4} | | {clock.Elapsed.TotalSeconds:F1} | {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:F1} |");
        }

        foreach (var (name, settings) in Variants().Where(v => only is null || only.Any(o => v.Name.Contains(o, StringComparison.OrdinalIgnoreCase))))
        {
            var clock = Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.TotalTime;
            using var classifier = new PostClassifierTrainer(settings).Train(train);
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
            var scoringCpu = Environment.CpuUsage.TotalTime;
            var results = classifier.ClassifyBatch(texts);
            results = classifier.ClassifyBatch(texts);
            var scoringMicroseconds = (Environment.CpuUsage.TotalTime - scoringCpu).TotalMicroseconds / (2 * texts.Count);
            var metrics = ClassifierMetrics.Compute(results, test.Select(p => p.Label).ToList());
            Console.WriteLine($"| {name} | {metrics.RocAuc:F4} | {metrics.PrAuc:F4} | {metrics.F1:F3} | {seconds:F1} | {cpuSeconds:F1} | {scoringMicroseconds:F0} |");
        }

        return 0;
    }

    private static IEnumerable<(string Name, ClassifierTrainingSettings Settings)> Variants()
    {
        // Ablations and speed ideas on the featurisation of model format 2 (2^20 slots, char 2-5-grams of both views).
        var formatTwo = new FeaturizerSettings { HashBits = 20, CharNgramMax = 5, CharNgramViews = CharNgramViews.Both };
        var words = formatTwo with { CharNgramMax = 0, FoldedView = false, MetaWeight = 0, WordBigrams = false };
        yield return ("NFC words, diacritics kept, TF-IDF, linear SVM", new() { Featurizer = words });
        yield return ("+ word bigrams", new() { Featurizer = words with { WordBigrams = true } });
        yield return ("+ folded view", new() { Featurizer = words with { WordBigrams = true, FoldedView = true } });
        yield return ("+ char 2-5-grams on both views", new() { Featurizer = formatTwo with { MetaWeight = 0 } });
        yield return ("+ meta features (= format 2 default)", new() { Featurizer = formatTwo });
        yield return ("char 3-5-grams", new() { Featurizer = formatTwo with { CharNgramMin = 3 } });
        yield return ("char 1-6-grams", new() { Featurizer = formatTwo with { CharNgramMin = 1, CharNgramMax = 6 } });
        yield return ("folded view only", new() { Featurizer = formatTwo with { AccentedView = false } });
        yield return ("accented view only", new() { Featurizer = formatTwo with { FoldedView = false } });
        yield return ("min df 1", new() { Featurizer = formatTwo with { MinDocumentFrequency = 1 } });
        yield return ("min df 3", new() { Featurizer = formatTwo with { MinDocumentFrequency = 3 } });
        yield return ("2^20 slots", new() { Featurizer = formatTwo with { HashBits = 20 } });
        yield return ("raw tf", new() { Featurizer = formatTwo with { SublinearTf = false } });
        yield return ("no idf", new() { Featurizer = formatTwo with { UseIdf = false } });
        yield return ("SVM lambda 1e-4", new() { Featurizer = formatTwo, L2Regularization = 1e-4f });
        yield return ("SVM lambda 1e-2", new() { Featurizer = formatTwo, L2Regularization = 1e-2f });
        yield return ("learner: SDCA logistic regression", new() { Featurizer = formatTwo, Learners = [BinaryLearner.SdcaLogisticRegression] });
        yield return ("learner: L-BFGS logistic regression", new() { Featurizer = formatTwo, Learners = [BinaryLearner.LbfgsLogisticRegression] });
        yield return ("learner: averaged perceptron", new() { Featurizer = formatTwo, Learners = [BinaryLearner.AveragedPerceptron] });
        yield return ("char 2-4-grams", new() { Featurizer = formatTwo with { CharNgramMax = 4 } });
        yield return ("2^20 slots + ensemble SVM + perceptron", new() { Featurizer = formatTwo with { HashBits = 20 }, Learners = [BinaryLearner.LinearSvm, BinaryLearner.AveragedPerceptron] });
        yield return ("ensemble SVM + L-BFGS logistic regression", new() { Featurizer = formatTwo, Learners = [BinaryLearner.LinearSvm, BinaryLearner.LbfgsLogisticRegression] });
        yield return ("learner: L-BFGS logistic regression, L2 1e-5", new() { Featurizer = formatTwo, Learners = [BinaryLearner.LbfgsLogisticRegression], L2Regularization = 1e-5f });
        yield return ("char 3-5-grams, SVM lambda 1e-4", new() { Featurizer = formatTwo with { CharNgramMin = 3 }, L2Regularization = 1e-4f });
        yield return ("char 3-5-grams, ensemble SVM + perceptron", new() { Featurizer = formatTwo with { CharNgramMin = 3 }, Learners = [BinaryLearner.LinearSvm, BinaryLearner.AveragedPerceptron] });
        yield return ("char 3-5-grams, 2^20 slots, ensemble SVM + perceptron", new() { Featurizer = formatTwo with { CharNgramMin = 3, HashBits = 20 }, Learners = [BinaryLearner.LinearSvm, BinaryLearner.AveragedPerceptron] });
        yield return ("2^20 slots, SVM lambda 1e-4 + perceptron", new() { Featurizer = formatTwo with { HashBits = 20 }, L2Regularization = 1e-4f, Learners = [BinaryLearner.LinearSvm, BinaryLearner.AveragedPerceptron] });
        yield return ("2^20 slots, SVM lambda 1e-4", new() { Featurizer = formatTwo with { HashBits = 20 }, L2Regularization = 1e-4f });
        yield return ("ensemble SVM + perceptron", new() { Featurizer = formatTwo, Learners = [BinaryLearner.LinearSvm, BinaryLearner.AveragedPerceptron] });
        yield return ("speed: char 3-5 folded only", new() { Featurizer = formatTwo with { CharNgramMin = 3, CharNgramViews = CharNgramViews.Folded } });
        yield return ("speed: char 2-5 folded only", new() { Featurizer = formatTwo with { CharNgramViews = CharNgramViews.Folded } });
        yield return ("speed: char 3-5 accented only", new() { Featurizer = formatTwo with { CharNgramMin = 3, CharNgramViews = CharNgramViews.Accented } });
        yield return ("speed: char 2-4 folded only", new() { Featurizer = formatTwo with { CharNgramMax = 4, CharNgramViews = CharNgramViews.Folded } });
        yield return ("speed: char 3-5 both views", new() { Featurizer = formatTwo with { CharNgramMin = 3 } });
        yield return ("speed: max length 1500", new() { Featurizer = formatTwo with { MaxTextLength = 1500 } });
        yield return ("speed: max length 2000", new() { Featurizer = formatTwo with { MaxTextLength = 2000 } });
        yield return ("speed: max length 3000", new() { Featurizer = formatTwo with { MaxTextLength = 3000 } });
        yield return ("speed: char 2-5 folded only, max length 2000", new() { Featurizer = formatTwo with { CharNgramViews = CharNgramViews.Folded, MaxTextLength = 2000 } });
        yield return ("speed: char 3-5 folded only, max length 2000", new() { Featurizer = formatTwo with { CharNgramMin = 3, CharNgramViews = CharNgramViews.Folded, MaxTextLength = 2000 } });
        var folded24 = formatTwo with { CharNgramMax = 4, CharNgramViews = CharNgramViews.Folded };
        yield return ("speed: char 2-4 folded only, max length 2000", new() { Featurizer = folded24 with { MaxTextLength = 2000 } });
        yield return ("speed: char 2-4 folded only, max length 3000", new() { Featurizer = folded24 with { MaxTextLength = 3000 } });
        yield return ("speed: char 2-3 folded only", new() { Featurizer = folded24 with { CharNgramMax = 3 } });
        yield return ("speed: char 3-4 folded only", new() { Featurizer = folded24 with { CharNgramMin = 3 } });
        yield return ("speed: char 2-4 folded only, words of the folded view only", new() { Featurizer = folded24 with { AccentedView = false } });
        yield return ("speed: char 2-4 folded only, 2^18 slots", new() { Featurizer = folded24 with { HashBits = 18 } });
        yield return ("speed: char 2-4 folded only, SVM alone", new() { Featurizer = folded24, Learners = [BinaryLearner.LinearSvm] });
        yield return ("speed: char 2-4 folded only (= 2-4 again, noise check)", new() { Featurizer = folded24 });
        var folded23 = folded24 with { CharNgramMax = 3 };
        yield return ("speed: char 2-3 folded only, max length 2000", new() { Featurizer = folded23 with { MaxTextLength = 2000 } });
        yield return ("speed: char 2-3 folded only, max length 3000", new() { Featurizer = folded23 with { MaxTextLength = 3000 } });
        yield return ("speed: char 3-3 folded only", new() { Featurizer = folded23 with { CharNgramMin = 3 } });
        yield return ("speed: char 1-3 folded only", new() { Featurizer = folded23 with { CharNgramMin = 1 } });
        yield return ("speed: char 2-3 both views", new() { Featurizer = folded23 with { CharNgramViews = CharNgramViews.Both } });
        yield return ("speed: char 2-3 folded only, 2^19 slots", new() { Featurizer = folded23 with { HashBits = 19 } });
        yield return ("speed: char 2-3 folded only, min df 3", new() { Featurizer = folded23 with { MinDocumentFrequency = 3 } });
        yield return ("speed: char 2-3 folded only, no word bigrams", new() { Featurizer = folded23 with { WordBigrams = false } });
        yield return ("ensemble SVM + perceptron + SDCA", new() { Featurizer = formatTwo, Learners = [BinaryLearner.LinearSvm, BinaryLearner.AveragedPerceptron, BinaryLearner.SdcaLogisticRegression] });
        yield return ("current default (char 2-3 folded only, 2^19 slots)", new());
    }
}
