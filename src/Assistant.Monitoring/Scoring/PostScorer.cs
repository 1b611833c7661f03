using System.Globalization;
using Assistant.Core.Monitoring;
using Assistant.Monitoring.Claims;
using Assistant.Monitoring.Classification;
using Assistant.Monitoring.KnownClaims;

namespace Assistant.Monitoring.Scoring;

/// <summary>
/// Scores posts: the ML.NET classifier, the relevance, the claim check against the official passages (relevant posts
/// only), the match to judged claims, then the risk. Thread-safe; <see cref="ScoreBatchAsync"/> classifies a batch at once and checks claims in parallel.
/// </summary>
public sealed class PostScorer(
    PostClassifierProvider classifiers,
    ClaimChecker claims,
    KnownClaimMatcher knownClaims,
    RiskCalculator risk) : IPostScorer
{
    /// <inheritdoc />
    public async Task<ScoredPost> ScoreAsync(Post post, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(post);
        var classifier = await classifiers.GetAsync(cancellationToken).ConfigureAwait(false);
        return await CompleteAsync(post, classifier.Classify(post.Text), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Scores many posts; results in input order.</summary>
    public async Task<IReadOnlyList<ScoredPost>> ScoreBatchAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var classifier = await classifiers.GetAsync(cancellationToken).ConfigureAwait(false);
        var results = classifier.ClassifyBatch(posts.Select(p => p.Text).ToList(), cancellationToken);
        var scored = new ScoredPost[posts.Count];
        await Parallel.ForAsync(
            0,
            posts.Count,
            cancellationToken,
            async (i, token) => scored[i] = await CompleteAsync(posts[i], results[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return scored;
    }

    private async Task<ScoredPost> CompleteAsync(Post post, ClassifierResult classified, CancellationToken cancellationToken)
    {
        var reading = claims.Read(post.Text);
        var relevance = risk.Relevance(classified, TopicEvidence.Of(reading, claims.Profile()));
        var check = risk.IsRelevant(relevance) ? claims.Check(reading) : ClaimCheckResult.NotChecked;
        var known = await knownClaims.FindAsync(post.Text, cancellationToken).ConfigureAwait(false);
        var decision = risk.Decide(classified, relevance, check, known);
        return new ScoredPost
        {
            Id = post.ExternalId,
            Label = decision.Label,
            Score = Math.Round(decision.Score, 4),
            ClassifierScore = Math.Round(classified.MisinformationProbability, 4),
            Relevance = Math.Round(decision.Relevance, 4),
            Flagged = decision.Flagged,
            Reasons = ReasonsOf(classified, check, known, decision),
            Findings = check.Findings,
            Passages = check.Passages,
            KnownClaim = known?.ToMatch(),
        };
    }

    private static List<string> ReasonsOf(ClassifierResult classified, ClaimCheckResult check, KnownClaimCandidate? known, RiskDecision decision)
    {
        var reasons = new List<string>(check.Reasons);
        if (known is not null)
        {
            var similarity = known.Similarity.ToString("P0", CultureInfo.GetCultureInfo("vi-VN"));
            reasons.Add(known.IsMatch
                ? $"Lặp lại nhận định đã được xác minh ({known.Claim.Id}, kết luận: {VerdictName(known.Claim.Verdict)}, giống {similarity}): {known.Claim.Note ?? known.Claim.Text}"
                : $"Gần giống nhận định đã được xác minh ({known.Claim.Id}, kết luận: {VerdictName(known.Claim.Verdict)}, giống {similarity}); cần xem lại.");
        }

        if (decision.Flagged && check.Findings.Count == 0 && known is not { IsMatch: true })
        {
            reasons.Add($"Mô hình phân loại đánh giá khả năng là thông tin sai lệch: {classified.MisinformationProbability.ToString("P0", CultureInfo.GetCultureInfo("vi-VN"))}");
        }

        return reasons;
    }

    private static string VerdictName(string verdict) => verdict switch
    {
        "sai_su_that" => "sai sự thật",
        "gay_hieu_lam" => "gây hiểu lầm",
        "chinh_xac" => "chính xác",
        "khong_lien_quan" => "không liên quan",
        _ => verdict,
    };
}
