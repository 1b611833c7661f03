namespace Assistant.Review.Items;

/// <summary>Which items a list shows.</summary>
public sealed record ReviewFilter
{
    /// <summary>Only this state.</summary>
    public string? State { get; init; }

    /// <summary>Only this province slug.</summary>
    public string? Province { get; init; }

    /// <summary>Only items with at least this risk.</summary>
    public double? MinRisk { get; init; }

    /// <summary>Only items created on or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only items created before this time.</summary>
    public DateTimeOffset? To { get; init; }
}
