namespace Assistant.Monitoring.Classification;

/// <summary>Metrics of each cross-validation fold and their mean.</summary>
public sealed record CrossValidationResult(IReadOnlyList<ClassifierMetrics> Folds, ClassifierMetrics Mean);
