using Assistant.Review.Items;

namespace Assistant.Review.Workflow;

/// <summary>Priority = risk × reach × recency, and the SLA check.</summary>
public static class ReviewPriority
{
    /// <summary>
    /// Reach is 1 + log10(1 + interactions + 10 × extra posts): a lone post without interactions is 1, a claim spreading
    /// over ten posts about 2. Recency halves every <see cref="ReviewOptions.RecencyHalfLifeHours"/> since the latest post.
    /// Finite whatever is stored: interactions are non-negative sums of non-negative counts, and a risk outside [0, 1]
    /// (or NaN) is clamped.
    /// </summary>
    public static double Of(ReviewItem item, DateTimeOffset now, ReviewOptions options)
    {
        var interactions = item.Posts.Sum(p => (double)p.Interactions) + (10.0 * Math.Max(0, item.Posts.Count - 1));
        var reach = 1 + Math.Log10(1 + interactions);
        var latest = item.Posts.Count == 0 ? item.CreatedAt : item.Posts.Max(p => p.PublishedAt ?? p.ReceivedAt);
        var ageHours = Math.Max(0, (now - latest).TotalHours);
        var recency = Math.Pow(0.5, ageHours / options.RecencyHalfLifeHours);
        var risk = double.IsNaN(item.Risk) ? 0 : Math.Clamp(item.Risk, 0, 1);
        return risk * reach * recency;
    }

    /// <summary>The item with its priority and SLA status now.</summary>
    public static RankedItem Rank(ReviewItem item, DateTimeOffset now, ReviewOptions options)
    {
        var waiting = item.State == ReviewStates.New ? now - item.CreatedAt : TimeSpan.Zero;
        return new RankedItem(item, Of(item, now, options), waiting.TotalHours > options.SlaHours, waiting);
    }
}
