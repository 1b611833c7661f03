namespace Assistant.Monitoring.Classification;

/// <summary>The posts read from a JSONL file and the lines that were skipped.</summary>
public sealed record LabelledPostReadResult(IReadOnlyList<LabelledPost> Posts, IReadOnlyList<PostReadError> Errors);
