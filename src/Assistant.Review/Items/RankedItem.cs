namespace Assistant.Review.Items;

/// <summary>An item as a list shows it: with its priority now and whether its SLA is overdue.</summary>
/// <param name="Item">The item.</param>
/// <param name="Priority">Risk × reach × recency.</param>
/// <param name="Overdue">True when the item has stayed in <c>moi</c> longer than <c>Review:SlaHours</c>.</param>
/// <param name="Waiting">Time since creation while still <c>moi</c>, else zero.</param>
public sealed record RankedItem(ReviewItem Item, double Priority, bool Overdue, TimeSpan Waiting);
