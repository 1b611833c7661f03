namespace Assistant.Monitoring.Claims;

/// <summary>A claim that a standing document was repealed, replaced or suspended, against the documents that still implement it.</summary>
internal sealed class RepealRule : IClaimRule
{
    /// <inheritdoc />
    public string Id => "repeal";

    /// <inheritdoc />
    public string Compares => "a claim that a document was repealed with the documents still implementing it";

    /// <inheritdoc />
    public void Check(ClaimContext context, ClaimFindings findings)
    {
        var (post, official) = (context.Post, context.Corpus.Facts);
        var denied = post.DeniedSpans();
        var repeal = ClaimCues.Repeal.FirstOrDefault(cue => post.IndexOf(cue) is var at && at >= 0 && !ClaimCues.IsWithin(denied, at));
        if (repeal is null)
        {
            return;
        }

        var reference = post.References().FirstOrDefault(r => official.Dates.ContainsKey(r.Number));
        if (reference is null)
        {
            return;
        }

        var stated = official.Dates[reference.Number];
        var claimed = post.Slice(post.IndexOf(repeal), repeal.Length);
        findings.Contradiction(
            $"Bài viết nói văn bản số {reference.Number} đã \"{claimed}\"; {stated.Source.Name} vẫn căn cứ {stated.Written} ngày {stated.Date.Display} để triển khai",
            stated.Source);
    }
}
