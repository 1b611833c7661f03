using Assistant.Core.Documents;

namespace Assistant.Retrieval.Parsing;

/// <summary>
/// Turns a run of body paragraphs into passages with section paths and heading trails.
/// An item with children is a heading: it lives in the trail of the passages under it, and is a passage itself only
/// when it reads as a sentence (ends with ". ; : ! ?"), like 000's "1- Đẩy mạnh … khác.". Short labels such as
/// "1. Mục đích" or "a) Sở Giáo dục và Đào tạo" are never passages on their own. Paragraphs before any item (a news
/// report) are sections "Đoạn N"; a short line without final punctuation among them is a cross-heading for the next ones.
/// </summary>
internal static class BodyPassageBuilder
{
    private const int CrossHeadingMaxWords = 40;

    /// <summary>Passages of one body run; <paramref name="firstIndex"/> is the position of its first paragraph in the document.</summary>
    public static IEnumerable<PassageDraft> Build(IReadOnlyList<Paragraph> run, int firstIndex)
    {
        var tracker = new SectionTracker();
        string? crossHeading = null;
        for (var k = 0; k < run.Count; k++)
        {
            var text = run[k].Text;
            var next = k + 1 < run.Count ? run[k + 1].Text : null;
            var paragraphSection = $"Đoạn {firstIndex + k + 1}";
            var marker = MarkerRecognizer.Recognize(text);
            if (marker is not null)
            {
                tracker.Open(marker, text);
                if (!HasChildren(marker, next) || LineShape.EndsSentence(marker.Text))
                {
                    yield return Draft(OrElse(tracker.Path, paragraphSection), tracker.Headings(skipInnermost: 1), marker.Text);
                }
            }
            else if (tracker.IsEmpty)
            {
                var isCrossHeading = IsCrossHeading(text, next);
                yield return Draft(paragraphSection, crossHeading is null || isCrossHeading ? [] : [crossHeading], text);
                crossHeading = isCrossHeading ? text : crossHeading;
            }
            else if (LineShape.EndsDocumentBody(text))
            {
                yield return Draft(OrElse(tracker.TopPath, paragraphSection), tracker.TopHeadings(), text);
            }
            else
            {
                tracker.CloseBullets();
                yield return Draft(OrElse(tracker.Path, paragraphSection), tracker.Headings(), text);
            }
        }
    }

    private static bool HasChildren(StructureMarker marker, string? next)
    {
        if (next is null)
        {
            return false;
        }

        var nextMarker = MarkerRecognizer.Recognize(next);
        return nextMarker is not null
            ? nextMarker.Rank > marker.Rank
            : !marker.IsBullet && !LineShape.EndsDocumentBody(next);
    }

    private static bool IsCrossHeading(string text, string? next) =>
        next is not null
        && MarkerRecognizer.Recognize(next) is null
        && !LineShape.EndsSentence(text)
        && LineShape.WordCount(text) <= CrossHeadingMaxWords;

    private static string OrElse(string path, string fallback) => path.Length > 0 ? path : fallback;

    private static PassageDraft Draft(string section, IReadOnlyList<string> headings, string text) =>
        new(PassageKind.Body, section, headings, text);
}
