namespace Assistant.Evaluation.Reports;

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text.</param>
public sealed record ReportParagraph(string Text) : ReportBlock;
