namespace Assistant.Core.Monitoring;

/// <summary>Service keys of the <see cref="IClassifierTrainer"/> registrations.</summary>
public static class ClassifierTrainerKeys
{
    /// <summary>The project's own classifier.</summary>
    public const string Project = "project";

    /// <summary>The peer baseline: ML.NET's default FeaturizeText + SdcaLogisticRegression.</summary>
    public const string Peer = "peer";
}
