namespace Assistant.Evaluation.Posts;

/// <summary>The peer classifier's quality on the same posts.</summary>
/// <param name="RocAuc">ROC-AUC of its probability.</param>
/// <param name="PrAuc">Average precision of its probability.</param>
/// <param name="AtHalf">Its decisions at probability 0.5.</param>
public sealed record PeerPostMetrics(double? RocAuc, double? PrAuc, BinaryCounts AtHalf);
