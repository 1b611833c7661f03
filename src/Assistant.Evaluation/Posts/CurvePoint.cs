namespace Assistant.Evaluation.Posts;

/// <summary>A point of a ROC curve (false-positive rate, true-positive rate) or a PR curve (recall, precision).</summary>
/// <param name="X">Horizontal value.</param>
/// <param name="Y">Vertical value.</param>
public sealed record CurvePoint(double X, double Y);
