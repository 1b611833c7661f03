using Assistant.Core.Documents;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Compares what a post says about the documents themselves with the corpus: the date of a document cited by number,
/// who signed a document, and a claim that a standing document was repealed; what the post says of a rumour it denies is left out.
/// </summary>
internal static class DocumentFactComparison
{
    /// <summary>The documents a post names, by province or by number.</summary>
    public static IReadOnlyList<ParsedDocument> TargetsOf(ClaimText post, OfficialFacts official) =>
        official.Places.Where(p => post.Contains(p.FoldedPlace)).Select(p => p.Document)
            .Concat(post.References().Select(r => official.ByNumber.GetValueOrDefault(r.Number)).OfType<ParsedDocument>())
            .DistinctBy(d => d.Info.Id)
            .ToList();

    /// <summary>Runs the three comparisons.</summary>
    public static void Compare(ClaimText post, OfficialFacts official, IReadOnlyList<ParsedDocument> targets, ClaimFindings findings)
    {
        CompareDates(post, official, findings);
        CompareSigners(post, official, targets, findings);
        CheckRepeal(post, official, findings);
    }

    private static void CompareDates(ClaimText post, OfficialFacts official, ClaimFindings findings)
    {
        var references = post.References();
        var denied = post.DeniedSpans();
        foreach (var date in post.Dates().Where(d => !ClaimCues.IsWithin(denied, d.Position)))
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

    private static void CompareSigners(ClaimText post, OfficialFacts official, IReadOnlyList<ParsedDocument> targets, ClaimFindings findings)
    {
        var denied = post.DeniedSpans();
        var named = official.Signers.Where(s => post.IndexOf(s.FoldedSigner) is var at && at >= 0 && !ClaimCues.IsWithin(denied, at)).ToList();
        if (named.Count == 0 || targets.Count != 1)
        {
            return;
        }

        var target = targets[0];
        var targetSigner = official.Signers.FirstOrDefault(s => s.Document.Info.Id == target.Info.Id).FoldedSigner;
        if (targetSigner is null)
        {
            return;
        }

        if (named.Any(n => n.FoldedSigner == targetSigner))
        {
            findings.Agreement();
            return;
        }

        var signature = target.Passages.LastOrDefault(p => p.Kind == PassageKind.Signature) ?? target.Passages[^1];
        var source = new OfficialSource(target.Info, signature);
        findings.Contradiction($"Bài viết nói người ký là {named[0].Document.Info.Signer}; {source.Name} ghi người ký là {target.Info.Signer}", source);
    }

    private static void CheckRepeal(ClaimText post, OfficialFacts official, ClaimFindings findings)
    {
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
