namespace Assistant.Evaluation.Posts;

/// <summary>One line of a gold (or training) post set: <c>{"id","text","label"}</c>.</summary>
/// <param name="Id">Post id.</param>
/// <param name="Text">The post as published.</param>
/// <param name="Label">misinformation, accurate or unrelated.</param>
public sealed record GoldPost(string? Id, string? Text, string? Label)
{
    /// <summary>True when labelled misinformation.</summary>
    public bool IsMisinformation => Label == Core.Monitoring.PostLabel.Misinformation;
}
