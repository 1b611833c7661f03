namespace Assistant.Core.Monitoring;

/// <summary>What a spokesperson looks for among all stored posts; every filter left null matches all.</summary>
public sealed record PostSearch
{
    /// <summary>Words the text must hold (case and diacritics aside).</summary>
    public string? Text { get; init; }

    /// <summary>Exact source (<c>api</c>, <c>rss:bao-giao-duc</c>, <c>telegram</c>…).</summary>
    public string? Source { get; init; }

    /// <summary>Received at or after.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Received before.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Lowest risk score (scored posts only).</summary>
    public double? MinScore { get; init; }

    /// <summary>Predicted label (<c>misinformation</c>, <c>accurate</c>, <c>unrelated</c>).</summary>
    public string? Label { get; init; }

    /// <summary>Flagged (true), not flagged (false, scored posts only), or either.</summary>
    public bool? Flagged { get; init; }

    /// <summary>Most posts returned, newest first.</summary>
    public int Limit { get; init; } = 100;
}
