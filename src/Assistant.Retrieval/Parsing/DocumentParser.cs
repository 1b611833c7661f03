using Assistant.Core.Documents;

namespace Assistant.Retrieval.Parsing;

/// <summary>
/// Parses the text of a Vietnamese administrative document (decision, plan, news report) into answerable passages:
/// lines rejoined into paragraphs, Markdown emphasis dropped, the header, body items, "Nơi nhận" list and signature
/// block told apart, each passage with its section path ("III.4.a") and heading trail. Every passage text is a slice
/// of the source with only whitespace and emphasis changed, so a citation can always be found in the document.
/// </summary>
public static class DocumentParser
{
    /// <summary>Section of the "Nơi nhận" passage.</summary>
    public const string RecipientsSection = "Nơi nhận";

    /// <summary>Section of the signature passage.</summary>
    public const string SignatureSection = "Chữ ký";

    /// <summary>Longest passage text: longer paragraphs are split on sentence boundaries, keeping their section.</summary>
    public const int MaxPassageLength = PassageSplitter.MaxLength;

    /// <summary>Parses <paramref name="body"/> into a document with the given metadata.</summary>
    public static ParsedDocument Parse(DocumentInfo info, string body)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(body);
        return new ParsedDocument(info, body, ParsePassages(info.Id, body));
    }

    /// <summary>The passages of <paramref name="body"/>, in document order, numbered from 0.</summary>
    public static IReadOnlyList<Passage> ParsePassages(string docId, string body)
    {
        var paragraphs = LineJoiner.Join(body);
        var roles = DocumentSegmenter.Assign(paragraphs);
        var passages = new List<Passage>();
        foreach (var draft in Drafts(paragraphs, roles))
        {
            foreach (var piece in PassageSplitter.Split(draft.Text))
            {
                passages.Add(new Passage(docId, draft.Section, draft.Headings, piece, passages.Count, draft.Kind));
            }
        }

        return passages;
    }

    private static IEnumerable<PassageDraft> Drafts(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<PassageKind> roles)
    {
        var start = 0;
        while (start < paragraphs.Count)
        {
            var end = start;
            while (end < paragraphs.Count && roles[end] == roles[start])
            {
                end++;
            }

            var run = paragraphs.Skip(start).Take(end - start).ToList();
            var drafts = roles[start] switch
            {
                PassageKind.Header => HeaderPassageBuilder.Build(run),
                PassageKind.Body => BodyPassageBuilder.Build(run, start),
                PassageKind.Recipients => [Joined(PassageKind.Recipients, RecipientsSection, run)],
                _ => [Joined(PassageKind.Signature, SignatureSection, run)],
            };

            foreach (var draft in drafts)
            {
                yield return draft;
            }

            start = end;
        }
    }

    private static PassageDraft Joined(PassageKind kind, string section, IReadOnlyList<Paragraph> run) =>
        new(kind, section, [], string.Join(' ', run.Select(p => p.Text)));
}
