namespace Assistant.Core.Monitoring;

/// <summary>What a trained classifier says of one text.</summary>
/// <param name="Label">The most probable label.</param>
/// <param name="MisinformationProbability">Probability (0–1) that the text is misinformation.</param>
public sealed record TextClassification(string Label, double MisinformationProbability);
