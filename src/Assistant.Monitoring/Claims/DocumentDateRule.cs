using Assistant.Monitoring.Claims.Lexicon;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// The date a post gives a document cited by number against the date the corpus cites it with ("71-NQ/TW ngày
/// 22/8/2025"). A date set as a deadline ("chậm nhất ngày 30/4/2026") is not a document's date.
/// </summary>
internal sealed class DocumentDateRule(ClaimLexicon lexicon) : IClaimRule
{
    private const int DeadlineReach = 24;

    /// <inheritdoc />
    public string Id => "document-date";

    /// <inheritdoc />
    public string Compares => "the date of a document cited by number with the date the documents cite it with";

    /// <inheritdoc />
    public void Check(ClaimContext context, ClaimFindings findings)
    {
        var (post, official) = (context.Post, context.Corpus.Facts);
        var references = post.References();
        var denied = post.DeniedSpans();
        var dates = post.Dates().Where(d => !ClaimCues.IsWithin(denied, d.Position)
            && !lexicon.Obligations.Any(o => o.First(post, Math.Max(0, d.Position - DeadlineReach), d.Position) is not null));
        foreach (var date in dates)
        {
            var reference = references.LastOrDefault(r => r.Position < date.Position) ?? (references.Count == 1 ? references[0] : null);
            if (reference is null || !official.Dates.TryGetValue(reference.Number, out var stated))
            {
                continue;
            }

            if (stated.Date.Date == date.Date)
            {
                findings.Agreement();
                continue;
            }

            findings.Contradiction(
                $"Bài viết nói văn bản số {reference.Number} ngày {date.Display}; {stated.Source.Name} ghi {stated.Written} ngày {stated.Date.Display}",
                stated.Source);
        }
    }
}
