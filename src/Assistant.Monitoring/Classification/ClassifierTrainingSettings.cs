namespace Assistant.Monitoring.Classification;

/// <summary>How the classifier is trained: features, learners, calibration folds, regularisation and seed.</summary>
public sealed record ClassifierTrainingSettings
{
    /// <summary>The text featurisation.</summary>
    public FeaturizerSettings Featurizer { get; init; } = new();

    /// <summary>Learners of the misinformation-vs-rest model; their calibrated probabilities are averaged (default linear SVM + averaged perceptron: on ReINTEL, with char 2-4-grams of the folded view, ROC-AUC 0.932 vs 0.930 for the SVM alone).</summary>
    public IReadOnlyList<BinaryLearner> Learners { get; init; } = [BinaryLearner.LinearSvm, BinaryLearner.AveragedPerceptron];

    /// <summary>Folds whose out-of-fold scores fit the Platt calibration.</summary>
    public int CalibrationFolds { get; init; } = 5;

    /// <summary>L2 regularisation of the linear learners (null: the learner's default).</summary>
    public float? L2Regularization { get; init; }

    /// <summary>Seed of every random choice, so the same data gives the same model.</summary>
    public int Seed { get; init; } = 1;
}
