namespace Assistant.Retrieval.Parsing;

/// <summary>The kinds of structural item in a Vietnamese administrative text, outermost first.</summary>
internal enum MarkerKind
{
    /// <summary>"Điều 1." — an article of a decision.</summary>
    Article,

    /// <summary>"I.", "II." — a Roman-numbered section.</summary>
    Roman,

    /// <summary>"1.", "1-" or "1)" — a numbered item.</summary>
    Number,

    /// <summary>"a)" … "đ)" … "y)" — a lettered item (Vietnamese alphabet).</summary>
    Letter,

    /// <summary>"-" or "•" — a bullet.</summary>
    Bullet,

    /// <summary>"+" — a bullet under a bullet.</summary>
    SubBullet,
}
