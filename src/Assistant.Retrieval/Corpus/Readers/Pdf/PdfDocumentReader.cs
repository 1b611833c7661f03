using Assistant.Core.Configuration;
using Assistant.Retrieval.Corpus.Metadata;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Assistant.Retrieval.Corpus.Readers.Pdf;

/// <summary>
/// Reads a PDF with a text layer (as exported from Word) through PdfPig: lines in reading order, page numbers and
/// running headers/footers dropped, paragraph ends from the line spacing; the title from the document information.
/// Refuses an encrypted file, a corrupt one, one over <see cref="CorpusOptions.MaxPdfPages"/> pages and one with no text layer (a scan).
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public IReadOnlyList<string> MediaTypes { get; } = ["application/pdf"];

    /// <inheritdoc />
    public DocumentContent Read(string filePath, CorpusOptions limits)
    {
        try
        {
            using var document = PdfDocument.Open(filePath, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > limits.MaxPdfPages)
            {
                throw new CorpusFormatException(filePath, $"the PDF has {document.NumberOfPages} pages, over Corpus:MaxPdfPages ({limits.MaxPdfPages})",
                    userMessage: $"Tệp PDF có {document.NumberOfPages} trang, vượt giới hạn {limits.MaxPdfPages} trang.");
            }

            var pages = document.GetPages().Select(PdfPageLines.Read).ToList();
            if (pages.All(lines => lines.Count == 0))
            {
                throw new CorpusFormatException(filePath, "the PDF has no text layer (a scan?)",
                    userMessage: "Tệp PDF không có lớp chữ (có thể là bản quét); hệ thống chưa đọc được chữ trong ảnh của tệp này.");
            }

            var title = document.Information.Title?.Trim();
            var metadata = new DocumentMetadata { Title = string.IsNullOrEmpty(title) ? null : title };
            return new DocumentContent(PdfText.Write(PageFurniture.Remove(pages)), metadata);
        }
        catch (PdfDocumentEncryptedException exception)
        {
            throw new CorpusFormatException(filePath, "the PDF is encrypted", exception, "Tệp PDF được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.");
        }
        catch (Exception exception) when (exception is not CorpusFormatException)
        {
            // A damaged file can fail anywhere inside the PDF parser, with any exception type.
            throw new CorpusFormatException(filePath, $"the PDF cannot be read: {exception.Message}", exception, "Tệp PDF bị hỏng hoặc không đúng định dạng.");
        }
    }
}
