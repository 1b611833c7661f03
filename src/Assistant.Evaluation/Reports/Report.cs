namespace Assistant.Evaluation.Reports;

/// <summary>A report for policy staff, rendered as Markdown and as a self-contained HTML page.</summary>
/// <param name="Title">Vietnamese title.</param>
/// <param name="Sections">Sections in reading order.</param>
public sealed record Report(string Title, IReadOnlyList<ReportSection> Sections);
