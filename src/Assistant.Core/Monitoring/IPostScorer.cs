namespace Assistant.Core.Monitoring;

/// <summary>Scores a post: classifier, claim check against the official documents, known claims, risk.</summary>
public interface IPostScorer
{
    /// <summary>The scored post.</summary>
    Task<ScoredPost> ScoreAsync(Post post, CancellationToken cancellationToken = default);
}
