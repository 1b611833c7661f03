namespace Assistant.Evaluation.Posts;

/// <summary>One line of a gold (or training) post set: <c>{"id","text","label","tags"?}</c>.</summary>
/// <param name="Id">Post id.</param>
/// <param name="Text">The post as published.</param>
/// <param name="Label">misinformation, accurate or unrelated.</param>
/// <param name="Tags">Optional tags (<c>no-diacritics</c>, <c>wrong-signer</c>…) the report breaks the figures down by.</param>
public sealed record GoldPost(string? Id, string? Text, string? Label, IReadOnlyList<string>? Tags = null)
{
    /// <summary>True when labelled misinformation.</summary>
    public bool IsMisinformation => Label == Core.Monitoring.PostLabel.Misinformation;
}
