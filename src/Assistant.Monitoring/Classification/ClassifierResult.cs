namespace Assistant.Monitoring.Classification;

/// <summary>
/// What the classifier says of one post: the predicted label (the most probable class), the calibrated probability
/// of misinformation (the <c>classifierScore</c> of a scored post) and the probability of every class it knows.
/// </summary>
public sealed record ClassifierResult(string Label, double MisinformationProbability, IReadOnlyDictionary<string, double> Probabilities);
