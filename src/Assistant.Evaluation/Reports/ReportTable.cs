namespace Assistant.Evaluation.Reports;

/// <summary>A table of text cells.</summary>
/// <param name="Headers">Column headings.</param>
/// <param name="Rows">Rows of cells, as many as headings.</param>
/// <param name="Flagged">Per row, whether to highlight it (a failure, a category the peer wins); null highlights none.</param>
public sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool>? Flagged = null) : ReportBlock;
