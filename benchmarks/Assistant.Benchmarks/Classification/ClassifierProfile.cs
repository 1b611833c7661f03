using System.Diagnostics;
using Assistant.Monitoring.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Assistant.Benchmarks.Classification;

/// <summary>Where training time goes: featurisation, vector sizes and one fit of each learner.</summary>
internal static class ClassifierProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (train, _) = await BenchmarkData.LoadAsync(args);
        var bits = BenchmarkData.Option(args, "--bits");
        var settings = bits is null ? new FeaturizerSettings() : new FeaturizerSettings { HashBits = int.Parse(bits) };
        var texts = train.Select(p => p.Text).ToList();
        var (featurizer, fitCpu) = Measure(() => PostFeaturizer.Fit(settings, texts));
        var scratch = featurizer.CreateScratch();
        var (rows, featurizeCpu) = Measure(() => train.Select(p => new TrainingRow { Features = featurizer.Featurize(p.Text, scratch), Label = p.IsMisinformation, Class = p.Label }).ToArray());
        Console.WriteLine($"fit IDF {fitCpu:F2}s, featurise {featurizeCpu:F2}s; active slots {featurizer.Idf!.Count(v => v != 0)}; mean nnz {rows.Average(r => r.Features.GetValues().Length):F0}");
        var ml = new MLContext(1);
        var data = ml.Data.LoadFromEnumerable(rows, FeatureSchema.ForTraining(featurizer.Dimension));
        var (_, again) = Measure(() => train.Select(p => featurizer.Featurize(p.Text, scratch)).ToArray());
        Console.WriteLine($"featurise again {again:F2}s");
        var builder = new TextViewBuilder();
        var views = Measure(() => train.Sum(p => { builder.Build(p.Text); return builder.FoldedLength; }));
        Console.WriteLine($"views only {views.CpuSeconds:F2}s");
        var (test, _) = (await BenchmarkData.LoadAsync(args)).Test is var t ? (t, 0) : default;
        var truth = test.Select(p => p.IsMisinformation).ToList();
        var testData = FeatureSchema.Load(ml, test.Select(p => featurizer.Featurize(p.Text, scratch)), featurizer.Dimension);
        var candidates = new (string Name, IEstimator<ITransformer> Estimator)[]
        {
            ("sdca 10 epochs", ml.BinaryClassification.Trainers.SdcaNonCalibrated(new() { LabelColumnName = "Label", LossFunction = new Microsoft.ML.Trainers.LogLoss(), NumberOfThreads = 1, MaximumNumberOfIterations = 10 })),
            ("sdca 30 epochs", ml.BinaryClassification.Trainers.SdcaNonCalibrated(new() { LabelColumnName = "Label", LossFunction = new Microsoft.ML.Trainers.LogLoss(), NumberOfThreads = 1, MaximumNumberOfIterations = 30 })),
            ("sdca l2 1e-5 20 epochs", ml.BinaryClassification.Trainers.SdcaNonCalibrated(new() { LabelColumnName = "Label", LossFunction = new Microsoft.ML.Trainers.LogLoss(), NumberOfThreads = 1, MaximumNumberOfIterations = 20, L2Regularization = 1e-5f })),
            ("sdca l2 1e-4 20 epochs", ml.BinaryClassification.Trainers.SdcaNonCalibrated(new() { LabelColumnName = "Label", LossFunction = new Microsoft.ML.Trainers.LogLoss(), NumberOfThreads = 1, MaximumNumberOfIterations = 20, L2Regularization = 1e-4f })),
            ("lbfgs tol 1e-4", ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new() { LabelColumnName = "Label", NumberOfThreads = 1, OptimizationTolerance = 1e-4f })),
            ("lbfgs l2 0.01 tol 1e-4", ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new() { LabelColumnName = "Label", NumberOfThreads = 1, OptimizationTolerance = 1e-4f, L2Regularization = 0.01f })),
            ("svm 20", ml.BinaryClassification.Trainers.LinearSvm(new() { LabelColumnName = "Label", NumberOfIterations = 20, Lambda = 0.001f })),
            ("svm 50 l 1e-4", ml.BinaryClassification.Trainers.LinearSvm(new() { LabelColumnName = "Label", NumberOfIterations = 50, Lambda = 1e-4f })),
            ("svm 20 l 1e-2", ml.BinaryClassification.Trainers.LinearSvm(new() { LabelColumnName = "Label", NumberOfIterations = 20, Lambda = 1e-2f })),
            ("ap 10", ml.BinaryClassification.Trainers.AveragedPerceptron(new() { LabelColumnName = "Label", NumberOfIterations = 10 })),
        };
        foreach (var (name, estimator) in candidates.Where(c => BenchmarkData.Option(args, "--only") is not { } only || c.Name.Contains(only)))
        {
            var (model, cpu) = Measure(() => estimator.Fit(data));
            var scores = model.Transform(testData).GetColumn<float>("Score").Select(s => (double)s).ToList();
            Console.WriteLine($"{name}: {cpu:F2}s CPU, ROC-AUC {ScoreMetrics.RocAuc(scores, truth):F4}");
        }

        return 0;
    }

    private static (T Value, double CpuSeconds) Measure<T>(Func<T> action)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var value = action();
        return (value, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds);
    }
}
