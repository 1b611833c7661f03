using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Assistant.Monitoring.Classification;

/// <summary>The ML.NET estimator of each <see cref="BinaryLearner"/>, single-threaded so a seed gives one model.</summary>
internal static class BinaryLearnerFactory
{
    public const string LabelColumn = nameof(TrainingRow.Label);
    public const string FeatureColumn = nameof(FeatureRow.Features);
    public const string ClassKeyColumn = "ClassKey";

    public static IEstimator<ITransformer> Create(MLContext ml, BinaryLearner learner, float? l2) => learner switch
    {
        BinaryLearner.SdcaLogisticRegression => ml.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
        {
            LabelColumnName = LabelColumn,
            FeatureColumnName = FeatureColumn,
            LossFunction = new LogLoss(),
            L2Regularization = l2 ?? 1e-5f,
            MaximumNumberOfIterations = 20,
            NumberOfThreads = 1,
        }),
        BinaryLearner.LbfgsLogisticRegression => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = LabelColumn,
            FeatureColumnName = FeatureColumn,
            L2Regularization = l2 ?? 1e-4f,
            NumberOfThreads = 1,
        }),
        BinaryLearner.LinearSvm => ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
        {
            LabelColumnName = LabelColumn,
            FeatureColumnName = FeatureColumn,
            Lambda = l2 ?? 0.001f,
            NumberOfIterations = 20,
        }),
        BinaryLearner.AveragedPerceptron => ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
        {
            LabelColumnName = LabelColumn,
            FeatureColumnName = FeatureColumn,
            NumberOfIterations = 10,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(learner), learner, "Unknown learner."),
    };

    public static IEstimator<ITransformer> CreateMulticlass(MLContext ml) =>
        ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = ClassKeyColumn,
            FeatureColumnName = FeatureColumn,
            L2Regularization = 1e-4f,
            L1Regularization = 0,
            NumberOfThreads = 1,
        });
}
