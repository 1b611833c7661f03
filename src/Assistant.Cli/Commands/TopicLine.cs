namespace Assistant.Cli.Commands;

/// <summary>A line of the labelled grouping file (<c>eval/topic-groups.jsonl</c>): a citizen's question and the group of questions that mean the same.</summary>
/// <param name="Id">Line id.</param>
/// <param name="Group">Label of the group.</param>
/// <param name="Question">The question.</param>
public sealed record TopicLine(string? Id, string? Group, string? Question);
