namespace Assistant.Monitoring.Classification;

/// <summary>The ML.NET linear learners the misinformation-vs-rest model can use (scoring reads their weights); several are averaged as an ensemble.</summary>
public enum BinaryLearner
{
    /// <summary>SDCA with log loss (logistic regression).</summary>
    SdcaLogisticRegression,

    /// <summary>L-BFGS logistic regression.</summary>
    LbfgsLogisticRegression,

    /// <summary>Linear SVM (Pegasos).</summary>
    LinearSvm,

    /// <summary>Averaged perceptron.</summary>
    AveragedPerceptron,
}
