using Assistant.Review.Items;

namespace Assistant.Web.Review.Api;

/// <summary>An item as the API returns it.</summary>
/// <param name="Item">The item.</param>
/// <param name="Priority">Risk × reach × recency now.</param>
/// <param name="Overdue">True when past the SLA in <c>moi</c>.</param>
/// <param name="History">The audit trail (item reads only).</param>
public sealed record ReviewItemResponse(ReviewItem Item, double Priority, bool Overdue, IReadOnlyList<AuditEntry>? History)
{
    /// <summary>The response for a ranked item.</summary>
    public static ReviewItemResponse Of(RankedItem ranked, IReadOnlyList<AuditEntry>? history = null) => new(ranked.Item, ranked.Priority, ranked.Overdue, history);
}
