namespace Assistant.Evaluation.Posts;

/// <summary>One fold of a cross-validation: trained on the other folds, scored on this one.</summary>
/// <param name="Fold">Fold number from 1.</param>
/// <param name="Train">Posts trained on.</param>
/// <param name="Test">Posts scored.</param>
/// <param name="RocAuc">ROC-AUC of the misinformation probability.</param>
/// <param name="PrAuc">Average precision of the misinformation probability.</param>
/// <param name="Counts">Predicted label misinformation against the truth.</param>
/// <param name="LabelAccuracy">Share of posts whose predicted label is the true one.</param>
public sealed record FoldResult(int Fold, int Train, int Test, double? RocAuc, double? PrAuc, BinaryCounts Counts, double LabelAccuracy);
