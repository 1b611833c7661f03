namespace Assistant.Review.Items;

/// <summary>One post of an item's cluster, as stored (the author is not kept).</summary>
/// <param name="Source">Where it came from.</param>
/// <param name="ExternalId">Its id at the source.</param>
/// <param name="Text">The post text.</param>
/// <param name="ReceivedAt">When the queue received it.</param>
public sealed record ReviewPost(string Source, string ExternalId, string Text, DateTimeOffset ReceivedAt)
{
    /// <summary>Link to the post.</summary>
    public string? Url { get; init; }

    /// <summary>When it was published, if known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Reactions.</summary>
    public int Likes { get; init; }

    /// <summary>Shares.</summary>
    public int Shares { get; init; }

    /// <summary>Comments.</summary>
    public int Comments { get; init; }

    /// <summary>Reactions, shares (counted twice) and comments; a negative count (a bad stored row) counts as none.</summary>
    public long Interactions => (long)Math.Max(0, Likes) + (2L * Math.Max(0, Shares)) + Math.Max(0, Comments);
}
