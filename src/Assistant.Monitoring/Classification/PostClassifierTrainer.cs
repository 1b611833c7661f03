using Assistant.Core.Monitoring;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// Trains the post classifier on labelled posts, binary (misinformation or not, e.g. ReINTEL) or three-class
/// (misinformation / accurate / unrelated). The misinformation probability comes from misinformation-vs-rest
/// models whose raw scores are Platt-scaled on out-of-fold scores; with more than two labels a multiclass model
/// shares out the rest of the probability between the other labels.
/// </summary>
public sealed class PostClassifierTrainer(ClassifierTrainingSettings? settings = null)
{
    /// <summary>The settings used.</summary>
    public ClassifierTrainingSettings Settings { get; } = settings ?? new ClassifierTrainingSettings();

    /// <summary>Trains a classifier on all the posts.</summary>
    /// <exception cref="ArgumentException">No misinformation post, or no post of another label.</exception>
    public TrainedClassifier Train(IEnumerable<LabelledPost> posts) => TrainWithModels(posts).Classifier;

    /// <summary>Trains a classifier and also returns the ML.NET models its weights were exported from.</summary>
    internal (TrainedClassifier Classifier, IReadOnlyList<ITransformer> Binary, ITransformer? LabelModel) TrainWithModels(IEnumerable<LabelledPost> posts)
    {
        var list = posts as IReadOnlyList<LabelledPost> ?? posts.ToList();
        var labels = LabelsOf(list);
        var featurizer = PostFeaturizer.Fit(Settings.Featurizer, list.Select(p => p.Text).ToList());
        var scratch = featurizer.CreateScratch();
        var rows = list.Select(p => new TrainingRow
        {
            Features = featurizer.Featurize(p.Text, scratch),
            Label = p.IsMisinformation,
            Class = p.Label,
        }).ToArray();

        var ml = new MLContext(Settings.Seed);
        var schema = FeatureSchema.ForTraining(featurizer.Dimension);
        var binary = Settings.Learners.Select(learner => TrainBinary(ml, learner, rows, schema)).ToList();
        var models = binary.Select(b => b.Model).ToList();
        var exported = binary.Select(b => Export(b.Learner, b.Model, b.Calibration, featurizer.Dimension)).ToList();
        var multiclass = labels.Count > 2 ? TrainLabelModel(ml, labels, ml.Data.LoadFromEnumerable(rows, schema)) : null;
        var labelModel = multiclass is null ? null : LinearModelExport.Multiclass(multiclass, featurizer.Dimension);
        return (new TrainedClassifier(featurizer, labels, exported, labelModel, list.Count), models, multiclass);
    }

    /// <summary>k-fold cross-validation (stratified by label): metrics of each fold and their mean.</summary>
    public CrossValidationResult CrossValidate(IEnumerable<LabelledPost> posts, int folds = 5, CancellationToken cancellationToken = default)
    {
        var list = posts as IReadOnlyList<LabelledPost> ?? posts.ToList();
        LabelsOf(list);
        var assignment = StratifiedFolds.Assign(list.Select(p => p.Label).ToList(), folds, Settings.Seed);
        var metrics = new List<ClassifierMetrics>();
        for (var fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = list.Where((_, i) => assignment[i] != fold).ToList();
            var test = list.Where((_, i) => assignment[i] == fold).ToList();
            using var classifier = Train(train);
            var results = classifier.ClassifyBatch(test.Select(p => p.Text).ToList(), cancellationToken);
            metrics.Add(ClassifierMetrics.Compute(results, test.Select(p => p.Label).ToList()));
        }

        return new CrossValidationResult(metrics, ClassifierMetrics.Mean(metrics));
    }

    private (BinaryLearner Learner, ITransformer Model, PlattCalibration Calibration) TrainBinary(MLContext ml, BinaryLearner learner, TrainingRow[] rows, SchemaDefinition schema)
    {
        var estimator = BinaryLearnerFactory.Create(ml, learner, Settings.L2Regularization);
        var truth = rows.Select(r => r.Label).ToArray();
        var folds = StratifiedFolds.Assign(truth, Settings.CalibrationFolds, Settings.Seed);
        var outOfFold = new double[rows.Length];
        for (var fold = 0; fold < Settings.CalibrationFolds; fold++)
        {
            var held = Enumerable.Range(0, rows.Length).Where(i => folds[i] == fold).ToArray();
            var model = estimator.Fit(ml.Data.LoadFromEnumerable(rows.Where((_, i) => folds[i] != fold), schema));
            var scores = model.Transform(ml.Data.LoadFromEnumerable(held.Select(i => rows[i]), schema)).GetColumn<float>("Score");
            var n = 0;
            foreach (var score in scores)
            {
                outOfFold[held[n++]] = score;
            }
        }

        var calibration = PlattCalibration.Fit(outOfFold, truth);
        return (learner, estimator.Fit(ml.Data.LoadFromEnumerable(rows, schema)), calibration);
    }

    /// <summary>
    /// The label model reads only the features: labels become keys (in the order of <paramref name="labels"/>)
    /// before training, so the saved model needs no label column to score.
    /// </summary>
    private static ITransformer TrainLabelModel(MLContext ml, List<string> labels, IDataView data)
    {
        var rows = ml.Data.LoadFromEnumerable(labels.Select(l => new TrainingRow { Class = l }), FeatureSchema.ForTraining(1));
        var keys = ml.Transforms.SelectColumns(nameof(TrainingRow.Class)).Fit(rows).Transform(rows);
        var keyed = ml.Transforms.Conversion
            .MapValueToKey(BinaryLearnerFactory.ClassKeyColumn, nameof(TrainingRow.Class), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByOccurrence, keyData: keys)
            .Fit(data)
            .Transform(data);
        return BinaryLearnerFactory.CreateMulticlass(ml).Fit(keyed);
    }

    private static CalibratedBinaryModel Export(BinaryLearner learner, ITransformer model, PlattCalibration calibration, int dimension)
    {
        var (weights, bias) = LinearModelExport.Binary(model, dimension);
        return new CalibratedBinaryModel(learner, weights, bias, calibration);
    }

    private static List<string> LabelsOf(IReadOnlyList<LabelledPost> posts)
    {
        var present = posts.Select(p => p.Label).Distinct(StringComparer.Ordinal).ToList();
        if (!present.Contains(PostLabel.Misinformation) || present.Count < 2)
        {
            throw new ArgumentException(
                $"Training needs posts labelled \"{PostLabel.Misinformation}\" and posts of at least one other label; found: {string.Join(", ", present)}.",
                nameof(posts));
        }

        return [PostLabel.Misinformation, .. present.Where(l => l != PostLabel.Misinformation).Order(StringComparer.Ordinal)];
    }
}
