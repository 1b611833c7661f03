namespace Assistant.Core.Monitoring;

/// <summary>A labelled post a classifier learns from (a line <c>{"id","text","label"}</c>).</summary>
/// <param name="Id">The post's id.</param>
/// <param name="Text">The post's text.</param>
/// <param name="Label">misinformation, accurate or unrelated (binary sets use misinformation or accurate).</param>
public sealed record TrainingPost(string Id, string Text, string Label);
