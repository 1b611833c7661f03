namespace Assistant.Web.Posts;

/// <summary>A rejected item of a batch: its 0-based index and a Vietnamese reason.</summary>
public sealed record PostItemError(int Index, string Error);
