namespace Assistant.Core.Monitoring;

/// <summary>Scores a post for misinformation risk: the classifier, the claim check and the match to past verdicts.</summary>
public interface IPostScorer
{
    /// <summary>Scores one post.</summary>
    Task<ScoredPost> ScoreAsync(string id, string text, CancellationToken cancellationToken = default);
}
