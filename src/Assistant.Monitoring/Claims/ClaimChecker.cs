using Assistant.Core.Documents;
using Assistant.Core.Monitoring;
using Assistant.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Compares a post with the official passages it speaks about: numbers about the same subject, dates and signers
/// of documents named by number or province, and claims that a standing document was repealed. Thread-safe.
/// </summary>
public sealed class ClaimChecker(IRetriever retriever, IOptions<ClaimCheckOptions> options)
{
    private static readonly string[] RepealPhrases =
        ["bai bo", "huy bo", "bi huy", "da huy", "thu hoi", "het hieu luc", "khong con hieu luc", "dinh chi", "thay the", "ngung thuc hien", "ngung hieu luc"];

    private static readonly string[] DenialPhrases =
        ["tin gia", "sai su that", "khong dung", "bac bo", "khong he", "khong co van ban nao", "la sai", "dinh chinh", "tin don"];

    private readonly ClaimCheckOptions settings = options.Value;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Passage, IReadOnlyList<Quantity>> passageQuantities = [];
    private (IReadOnlyList<ParsedDocument> Documents, OfficialFacts Facts)? facts;

    /// <summary>Checks a post against the corpus.</summary>
    public ClaimCheckResult Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var post = ClaimText.Of(text);
        var official = Facts();
        var search = retriever.Search(text, settings.TopPassages);
        var used = new List<OfficialSource>();
        var contradictions = new List<string>();
        var agreements = CompareQuantities(post, search.Hits, contradictions, used)
            + CompareDates(post, official, contradictions, used)
            + CompareSigners(post, official, contradictions, used);
        CheckRepeal(post, official, contradictions, used);

        var passages = used.Select(s => s.ToOfficialPassage())
            .Concat(search.Hits.Select(h => new OfficialPassage(h.Passage.DocId, h.Passage.Section, h.Passage.Text)))
            .DistinctBy(p => (p.Doc, p.Section, p.Text))
            .Take(Math.Max(settings.TopPassages, used.Count))
            .ToList();
        return new ClaimCheckResult(contradictions.Distinct(StringComparer.Ordinal).ToList(), agreements, passages, search.QueryCoverage);
    }

    private OfficialFacts Facts()
    {
        var documents = retriever.Documents;
        var current = facts;
        if (current is { } cached && ReferenceEquals(cached.Documents, documents))
        {
            return cached.Facts;
        }

        var read = OfficialFacts.Read(documents);
        facts = (documents, read);
        return read;
    }

    private int CompareQuantities(ClaimText post, IReadOnlyList<ScoredPassage> hits, List<string> contradictions, List<OfficialSource> used)
    {
        var quantities = post.Quantities();
        if (quantities.Count == 0)
        {
            return 0;
        }

        var official = hits
            .SelectMany(h => passageQuantities.GetValue(h.Passage, p => ClaimText.Of(p.Text).Quantities()).Select(q => (Quantity: q, Source: new OfficialSource(h.Document, h.Passage))))
            .ToList();
        var agreements = 0;
        foreach (var claim in quantities)
        {
            var candidates = official
                .Where(o => o.Quantity.Unit == claim.Unit)
                .Select(o => (o.Quantity, o.Source, Overlap: Overlap(claim.Context, o.Quantity.Context)))
                .Where(o => o.Overlap.Shared >= settings.MinSharedTerms && o.Overlap.Share >= settings.MinContextOverlap)
                .ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var best = candidates.Max(c => c.Overlap.Share);
            var close = candidates.Where(c => c.Overlap.Share >= best * 0.8).ToList();
            if (close.Any(c => c.Quantity.Value == claim.Value))
            {
                agreements++;
                continue;
            }

            var stated = close.OrderByDescending(c => c.Overlap.Share).First();
            if (quantities.Any(q => q.Unit == claim.Unit && q.Value == stated.Quantity.Value))
            {
                continue;
            }

            used.Add(stated.Source);
            contradictions.Add($"Bài viết nói {claim.Display}; {stated.Source.Name} nói {stated.Quantity.Display}");
        }

        return agreements;
    }

    private static int CompareDates(ClaimText post, OfficialFacts official, List<string> contradictions, List<OfficialSource> used)
    {
        var references = post.References();
        var agreements = 0;
        foreach (var date in post.Dates())
        {
            var reference = references.LastOrDefault(r => r.Position < date.Position) ?? (references.Count == 1 ? references[0] : null);
            if (reference is null || !official.Dates.TryGetValue(reference.Number, out var stated))
            {
                continue;
            }

            if (stated.Date.Date == date.Date)
            {
                agreements++;
                continue;
            }

            used.Add(stated.Source);
            contradictions.Add(
                $"Bài viết nói văn bản số {reference.Number} ngày {date.Display}; {stated.Source.Name} ghi {stated.Written} ngày {stated.Date.Display}");
        }

        return agreements;
    }

    private static int CompareSigners(ClaimText post, OfficialFacts official, List<string> contradictions, List<OfficialSource> used)
    {
        var named = official.Signers.Where(s => post.Contains(s.FoldedSigner)).ToList();
        if (named.Count == 0)
        {
            return 0;
        }

        var targets = official.Places.Where(p => post.Contains(p.FoldedPlace)).Select(p => p.Document)
            .Concat(post.References().Select(r => official.ByNumber.GetValueOrDefault(r.Number)).OfType<ParsedDocument>())
            .DistinctBy(d => d.Info.Id)
            .ToList();
        if (targets.Count != 1)
        {
            return 0;
        }

        var target = targets[0];
        var targetSigner = official.Signers.FirstOrDefault(s => s.Document.Info.Id == target.Info.Id).FoldedSigner;
        if (targetSigner is null)
        {
            return 0;
        }

        if (named.Any(n => n.FoldedSigner == targetSigner))
        {
            return 1;
        }

        var signature = target.Passages.LastOrDefault(p => p.Kind == PassageKind.Signature) ?? target.Passages[^1];
        var source = new OfficialSource(target.Info, signature);
        used.Add(source);
        var claimed = named[0];
        contradictions.Add($"Bài viết nói người ký là {claimed.Document.Info.Signer}; {source.Name} ghi người ký là {target.Info.Signer}");
        return 0;
    }

    private static void CheckRepeal(ClaimText post, OfficialFacts official, List<string> contradictions, List<OfficialSource> used)
    {
        var repeal = RepealPhrases.FirstOrDefault(post.Contains);
        if (repeal is null || DenialPhrases.Any(post.Contains))
        {
            return;
        }

        var reference = post.References().FirstOrDefault(r => official.Dates.ContainsKey(r.Number));
        if (reference is null)
        {
            return;
        }

        var stated = official.Dates[reference.Number];
        used.Add(stated.Source);
        var claimed = post.Slice(post.IndexOf(repeal), repeal.Length);
        contradictions.Add(
            $"Bài viết nói văn bản số {reference.Number} đã \"{claimed}\"; {stated.Source.Name} vẫn căn cứ {stated.Written} ngày {stated.Date.Display} để triển khai");
    }

    private static (int Shared, double Share) Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return (0, 0);
        }

        var shared = a.Count(b.Contains);
        return (shared, (double)shared / Math.Min(a.Count, b.Count));
    }
}
