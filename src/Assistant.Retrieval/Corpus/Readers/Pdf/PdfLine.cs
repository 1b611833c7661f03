namespace Assistant.Retrieval.Corpus.Readers.Pdf;

/// <summary>One printed line of a PDF page (or one column of it), in page coordinates (y grows upward).</summary>
/// <param name="Text">The words of the line joined by spaces.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Baseline">Baseline height.</param>
/// <param name="Height">Font height of the line.</param>
internal sealed record PdfLine(string Text, double Left, double Baseline, double Height);
