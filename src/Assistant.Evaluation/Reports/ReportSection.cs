namespace Assistant.Evaluation.Reports;

/// <summary>A headed section of a report.</summary>
/// <param name="Heading">Vietnamese heading.</param>
/// <param name="Blocks">Paragraphs, tables and charts in order.</param>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);
