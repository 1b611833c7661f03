using Assistant.Core.Documents;
using Assistant.Monitoring.Claims.Lexicon;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Which body, at which level, issued a document: "Nghị quyết 71 của Quốc hội", "Sở GD&amp;ĐT … ban hành Kế hoạch" or
/// "Kế hoạch … do Sở GD&amp;ĐT ban hành"
/// against the issuer of the document (its metadata for a document of the corpus, else how the corpus cites it:
/// "71-NQ/TW ngày 22/8/2025 của Bộ Chính trị").
/// </summary>
internal sealed class IssuerRule(ClaimLexicon lexicon, IssuingBodies bodies) : IClaimRule
{
    private const int OwnNounReach = 16;
    private const int OfReach = 50;
    private const int SubjectReach = 40;
    private const int ObjectReach = 25;

    /// <inheritdoc />
    public string Id => "issuer";

    /// <inheritdoc />
    public string Compares => "the body and level a post says issued a document with the document's issuer";

    /// <inheritdoc />
    public void Check(ClaimContext context, ClaimFindings findings)
    {
        var post = context.Post;
        var denied = post.DeniedSpans();
        foreach (var claim in ClaimsOf(context).Where(c => !ClaimCues.IsWithin(denied, c.Position)))
        {
            if (OfficialIssuer(context, claim.Document) is not { } official)
            {
                continue;
            }

            if (official.Level.Allows(claim.Level))
            {
                findings.Agreement();
                continue;
            }

            findings.Contradiction(
                $"Bài viết nói {post.Slice(claim.DocumentPosition, claim.DocumentLength).Trim()} do {post.Slice(claim.Position, claim.Length).Trim()} ban hành; {official.Source.Name} ghi: \"{official.Quote}\" ({official.Level.Name})",
                official.Source);
        }
    }

    /// <summary>The (document, body) pairs the post states: "văn bản N của X" and "X ban hành văn bản".</summary>
    private IEnumerable<IssuerClaim> ClaimsOf(ClaimContext context)
    {
        var post = context.Post;
        foreach (var reference in post.References())
        {
            var (start, length) = SegmentAt(post, reference.Position);
            var ownNoun = lexicon.DocumentNouns.FindAll(post, start, reference.Position).Any(n => n.Position < reference.Position - OwnNounReach);
            var end = reference.Position + NegationComparison.NumberLength(post, reference);
            var of = post.IndexOf("cua", end);
            if (ownNoun || of < 0 || of - end > OfReach || of >= start + length || lexicon.DocumentNouns.First(post, end, of) is not null)
            {
                continue;
            }

            if (bodies.FindIn(post, of + 4, start + length).FirstOrDefault() is { Level: not null } body && body.Position == of + 4)
            {
                yield return new IssuerClaim(new DocumentKey(reference.Number, null), body.Level, body.Position, body.Length, reference.Position, end - reference.Position);
            }
        }

        foreach (var (verb, verbLength) in lexicon.Issuing.FindAll(post).OrderBy(m => m.Position))
        {
            var (start, _) = SegmentAt(post, verb);
            var body = bodies.FindIn(post, Math.Max(start, verb - SubjectReach), verb).LastOrDefault();
            if (body.Level is null || post.Folded.AsSpan(body.Position + body.Length, verb - body.Position - body.Length).ContainsAny(',', ';', ':'))
            {
                continue;
            }

            var after = verb + verbLength;
            var reach = verbLength <= 2 ? 2 : ObjectReach;
            var reference = post.References().FirstOrDefault(r => r.Position >= after && r.Position - after <= reach);
            var noun = lexicon.DocumentNouns.First(post, after, Math.Min(post.Folded.Length, after + reach + 12));
            if (reference is not null && (noun is null || noun.Value.Position >= reference.Position - OwnNounReach))
            {
                yield return new IssuerClaim(new DocumentKey(reference.Number, null), body.Level, body.Position, body.Length, reference.Position, NegationComparison.NumberLength(post, reference));
            }
            else if (noun is { } plan && plan.Position - after <= reach && PlanOf(context) is { } document)
            {
                yield return new IssuerClaim(new DocumentKey(null, document), body.Level, body.Position, body.Length, plan.Position, plan.Length);
            }
            else if (Passive(context, start, body.Position) is { } passive)
            {
                yield return new IssuerClaim(passive.Key, body.Level, body.Position, body.Length, passive.Position, passive.Length);
            }
        }
    }

    /// <summary>
    /// The document of a passive "Kế hoạch … do Sở GD&amp;ĐT ban hành": the post's first document (by number, else its
    /// province's plan) before the "do" that opens the body, in the same sentence.
    /// </summary>
    private (DocumentKey Key, int Position, int Length)? Passive(ClaimContext context, int start, int bodyPosition)
    {
        var post = context.Post;
        var before = post.Folded[..bodyPosition].TrimEnd();
        if (!before.EndsWith(" do", StringComparison.Ordinal) && !before.EndsWith(" boi", StringComparison.Ordinal))
        {
            return null;
        }

        var reference = post.References().FirstOrDefault(r => r.Position >= start && r.Position < bodyPosition);
        var noun = lexicon.DocumentNouns.First(post, start, bodyPosition);
        if (noun is { } plan && (reference is null || plan.Position < reference.Position - OwnNounReach) && PlanOf(context) is { } document)
        {
            return (new DocumentKey(null, document), plan.Position, plan.Length);
        }

        return reference is null ? null : (new DocumentKey(reference.Number, null), reference.Position, NegationComparison.NumberLength(post, reference));
    }

    /// <summary>The one plan of a province the post names (the document a "kế hoạch" without number stands for).</summary>
    private static ParsedDocument? PlanOf(ClaimContext context)
    {
        var places = context.Corpus.Facts.Places.Where(p => context.Post.Contains(p.FoldedPlace)).Select(p => p.Document).DistinctBy(d => d.Info.Id).ToList();
        return places.Count == 1 ? places[0] : null;
    }

    /// <summary>The issuer of a document with the passage that shows it.</summary>
    private (IssuerLevel Level, OfficialSource Source, string Quote)? OfficialIssuer(ClaimContext context, DocumentKey key)
    {
        var facts = context.Corpus.Facts;
        var document = key.Document ?? (key.Number is null ? null : facts.ByNumber.GetValueOrDefault(key.Number));
        if (document is not null)
        {
            if (document.Info.Issuer is not { } issuer || bodies.LevelOf(issuer) is not { } level)
            {
                return null;
            }

            var (source, quote) = IssuingPassage(document, level);
            return (level, source, quote);
        }

        if (key.Number is null || !facts.Dates.TryGetValue(key.Number, out var cited))
        {
            return null;
        }

        var text = ClaimText.Of(cited.Source.Passage.Text);
        var reference = text.References().FirstOrDefault(r => r.Number == key.Number);
        if (reference is null)
        {
            return null;
        }

        var of = text.IndexOf("cua", reference.Position);
        var body = of < 0 || of - reference.Position > OfReach ? default : bodies.FindIn(text, of + 4).FirstOrDefault();
        if (body.Level is null || body.Position != of + 4)
        {
            return null;
        }

        return (body.Level, cited.Source, text.Slice(reference.Position, body.Position + body.Length - reference.Position));
    }

    /// <summary>
    /// The first clause of a document naming its issuer with an issuing word ("Ủy ban nhân dân tỉnh ban hành Kế hoạch
    /// thực hiện như sau"), with its passage; else the document's first passage and its issuer as the metadata writes it.
    /// </summary>
    private (OfficialSource Source, string Quote) IssuingPassage(ParsedDocument document, IssuerLevel level)
    {
        foreach (var passage in document.Passages)
        {
            var text = ClaimText.Of(passage.Text);
            foreach (var (start, length) in text.Segments())
            {
                var issued = bodies.FindIn(text, start, start + length).FirstOrDefault(b => b.Level == level);
                if (issued.Level is not null && lexicon.Issuing.First(text, issued.Position, start + length) is not null)
                {
                    var from = issued.Position;
                    return (new OfficialSource(document.Info, passage), new OfficialClause(document, passage, text, from, start + length - from, new HashSet<string>()).Quote());
                }
            }
        }

        return (new OfficialSource(document.Info, document.Passages[0]), document.Info.Issuer!);
    }

    private static (int Start, int Length) SegmentAt(ClaimText text, int position) =>
        text.Segments().FirstOrDefault(s => s.Start <= position && position < s.Start + s.Length);

    private sealed record DocumentKey(string? Number, ParsedDocument? Document);

    private sealed record IssuerClaim(DocumentKey Document, IssuerLevel Level, int Position, int Length, int DocumentPosition, int DocumentLength);
}
