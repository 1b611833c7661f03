using System.Text;
using Assistant.Core.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Retrieval.Corpus;

/// <summary>
/// Reads a .docx file: its text (one paragraph per line, paragraphs separated by a blank line, line breaks inside a
/// paragraph kept) and its metadata from the core properties — a .docx has no header. Id from the file name, title
/// from the Title property or else the file name, kind from the Category property when it is a slug.
/// </summary>
public static class DocxDocumentReader
{
    /// <summary>Reads the metadata and text of <paramref name="filePath"/>.</summary>
    public static (DocumentInfo Info, string Body) Read(string filePath)
    {
        using var document = WordprocessingDocument.Open(filePath, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new CorpusFormatException(filePath, "the .docx file has no document body");
        var text = string.Join("\n\n", body.Descendants<Paragraph>().Select(TextOf).Where(t => t.Trim().Length > 0));
        var properties = document.PackageProperties;
        var title = string.IsNullOrWhiteSpace(properties.Title) ? Path.GetFileNameWithoutExtension(filePath) : properties.Title.Trim();
        var kind = properties.Category?.Trim() is { } category && DocumentSlug.IsValid(category) ? category : null;
        var id = DocumentSlug.FromFileName(filePath);
        if (!DocumentSlug.IsValid(id))
        {
            throw new CorpusFormatException(filePath, "the file name gives no usable id; name the file with letters or digits");
        }

        var info = new DocumentInfo(id, title, null, null, kind, null, null, null, Path.GetFileName(filePath));
        return (info, text);
    }

    private static string TextOf(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append(' ');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
            }
        }

        return builder.ToString();
    }
}
