using Assistant.Core.Monitoring;

namespace Assistant.Evaluation.Posts;

/// <summary>How one gold post was scored.</summary>
/// <param name="Gold">The gold post.</param>
/// <param name="Scored">What the monitor (or the trained classifier) said.</param>
/// <param name="PeerScore">The peer classifier's probability of misinformation, or null when no peer ran.</param>
public sealed record PostItemResult(GoldPost Gold, ScoredPost Scored, double? PeerScore)
{
    /// <summary>True when the flag and the predicted label are both right.</summary>
    public bool Passed => Failure is null;

    /// <summary>Why the item is wrong, in Vietnamese for policy staff, or null.</summary>
    public string? Failure => (Gold.IsMisinformation, Scored.Flagged) switch
    {
        (true, false) => "bỏ sót tin sai (không gắn cờ)",
        (false, true) => $"gắn cờ nhầm một bài {PostLabel.Name(Gold.Label!)}",
        _ when Scored.Label != Gold.Label => $"nhãn dự đoán là {PostLabel.Name(Scored.Label)}, nhãn đúng là {PostLabel.Name(Gold.Label!)}",
        _ => null,
    };
}
