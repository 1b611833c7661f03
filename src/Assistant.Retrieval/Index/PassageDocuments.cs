using Assistant.Core.Documents;
using Assistant.Core.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Assistant.Retrieval.Index;

/// <summary>
/// The Lucene documents of one corpus document: per passage, exact, folded and bigram fields of its text and of its context
/// (the headings above it and its document's title), and of the title alone; its document id (indexed, to delete a
/// document's passages, and as doc values with the passage's position, to find the passage of a hit). Nothing is stored:
/// the passages live once, in the parsed documents. Each passage is analysed once.
/// </summary>
internal static class PassageDocuments
{
    /// <summary>Words that name a passage's role, indexed with it: "ai ký?" must find the signature block.</summary>
    public static readonly IReadOnlyDictionary<PassageKind, string> RoleWords = new Dictionary<PassageKind, string>
    {
        [PassageKind.Header] = string.Empty,
        [PassageKind.Recipients] = "nơi nhận gửi đến",
        [PassageKind.Signature] = "người ký, ai ký, ký tên, chữ ký, ký văn bản",
        [PassageKind.Body] = string.Empty,
    };

    /// <summary>Words that name a passage's place in the document, indexed with its context.</summary>
    public static readonly IReadOnlyDictionary<PassageKind, string> PlaceWords = new Dictionary<PassageKind, string>
    {
        [PassageKind.Header] = "ban hành ngày số hiệu căn cứ văn bản",
        [PassageKind.Recipients] = string.Empty,
        [PassageKind.Signature] = "chức vụ",
        [PassageKind.Body] = string.Empty,
    };

    /// <summary>The analysed text of a passage, as indexed and as read again for the coverage of a question.</summary>
    public static (AnalyzedText Body, AnalyzedText Headings) Analyze(Passage passage, DocumentInfo info) =>
        (VietnameseAnalyzer.Analyze(passage.Text + " \n " + RoleWords[passage.Kind]),
        // The title goes with the headings: words every title has ("kế hoạch", "Nghị quyết 71") then weigh nothing there.
        VietnameseAnalyzer.Analyze(string.Join(" \n ", passage.Headings.Append(info.Title).Append(PlaceWords[passage.Kind]))));

    /// <summary>One Lucene document per passage of <paramref name="document"/>, in passage order.</summary>
    public static IEnumerable<LuceneDocument> Of(ParsedDocument document)
    {
        var title = VietnameseAnalyzer.Analyze(document.Info.Title);
        for (var position = 0; position < document.Passages.Count; position++)
        {
            var (body, headings) = Analyze(document.Passages[position], document.Info);
            yield return
            [
                new StringField(IndexFields.DocId, document.Info.Id, Field.Store.NO),
                new SortedDocValuesField(IndexFields.DocId, new BytesRef(document.Info.Id)),
                new NumericDocValuesField(IndexFields.Position, position),
                new StringField(IndexFields.Province, document.Info.Province ?? string.Empty, Field.Store.NO),
                Tokens(IndexFields.Exact, body.Exact),
                Tokens(IndexFields.Folded, body.Folded),
                Tokens(IndexFields.ExactBigrams, body.ExactBigrams),
                Tokens(IndexFields.FoldedBigrams, body.FoldedBigrams),
                Tokens(IndexFields.Headings, headings.Exact),
                Tokens(IndexFields.FoldedHeadings, headings.Folded),
                Tokens(IndexFields.HeadingBigrams, headings.ExactBigrams),
                Tokens(IndexFields.FoldedHeadingBigrams, headings.FoldedBigrams),
                Tokens(IndexFields.Title, title.Exact),
                Tokens(IndexFields.FoldedTitle, title.Folded),
            ];
        }
    }

    private static TextField Tokens(string field, IReadOnlyList<string> tokens) => new(field, new TokenListStream(tokens));
}
