namespace Assistant.Core.Monitoring;

/// <summary>A news or social post about education taken in for monitoring, from any source.</summary>
/// <param name="Source">Where it came from: <c>api</c>, <c>cli</c>, <c>rss</c>, <c>telegram</c>…</param>
/// <param name="ExternalId">Its id at the source; (Source, ExternalId) identifies a post.</param>
/// <param name="Text">The post text.</param>
public sealed record Post(string Source, string ExternalId, string Text)
{
    /// <summary>Link to the post, if any.</summary>
    public string? Url { get; init; }

    /// <summary>Author as the source names them; kept only for <c>Retention:PostDays</c>.</summary>
    public string? Author { get; init; }

    /// <summary>When it was published, if known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Reactions, for reach.</summary>
    public int Likes { get; init; }

    /// <summary>Shares, for reach.</summary>
    public int Shares { get; init; }

    /// <summary>Comments, for reach.</summary>
    public int Comments { get; init; }
}
