namespace Assistant.Evaluation.Reports;

/// <summary>A chart as a PNG image.</summary>
/// <param name="FileName">File name under charts/ (for the Markdown report).</param>
/// <param name="Caption">Vietnamese caption.</param>
/// <param name="Png">The image.</param>
public sealed record ReportChart(string FileName, string Caption, byte[] Png) : ReportBlock;
