using Assistant.Core.Monitoring;

namespace Assistant.Monitoring.Classification;

/// <summary>A post with its label, as read from a training or gold JSONL line <c>{"id","text","label"}</c>.</summary>
public sealed record LabelledPost(string Id, string Text, string Label)
{
    /// <summary>True when the label is <see cref="PostLabel.Misinformation"/>.</summary>
    public bool IsMisinformation => string.Equals(Label, PostLabel.Misinformation, StringComparison.Ordinal);
}
