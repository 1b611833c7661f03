namespace Assistant.Monitoring.Scoring;

/// <summary>The overall risk of a post, its relevance to education policy, whether it is flagged and its label.</summary>
public sealed record RiskDecision(double Score, double Relevance, bool Flagged, string Label);
