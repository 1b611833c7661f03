namespace Assistant.Cli.Commands;

/// <summary>One line of a <c>score --input</c> file.</summary>
/// <param name="Id">The post's id: its external id, with source <c>cli</c>.</param>
/// <param name="Text">The post text.</param>
public sealed record PostLine(string? Id, string? Text);
