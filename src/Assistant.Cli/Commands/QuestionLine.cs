namespace Assistant.Cli.Commands;

/// <summary>One line of an <c>ask --input</c> file.</summary>
/// <param name="Id">Caller's id, echoed in the answer.</param>
/// <param name="Question">The question.</param>
public sealed record QuestionLine(string? Id, string? Question);
