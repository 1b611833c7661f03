using System.Runtime.CompilerServices;
using Assistant.Core.Documents;
using Assistant.Monitoring.Claims.Lexicon;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Obligations a post says the documents set and they do not: a fine, a fee or levy, a deadline. When no passage of
/// the documents the post speaks about names an obligation of that kind (for a deadline: that date), the post says
/// something "không có trong văn bản" (weaker than a contradiction), with the closest passage. A question
/// ("có thu tiền không?") claims nothing.
/// </summary>
internal sealed class ObligationRule(ClaimLexicon lexicon) : IClaimRule
{
    private const int AbsenceReach = 24;
    private const int DateReach = 24;

    private readonly ConditionalWeakTable<CorpusProfile, IReadOnlyDictionary<string, HashSet<CuePhrases>>> kindsOf = new();

    /// <inheritdoc />
    public string Id => "invented-obligation";

    /// <inheritdoc />
    public string Compares => "fines, fees and deadlines a post attributes to the documents with what the documents set";

    /// <inheritdoc />
    public void Check(ClaimContext context, ClaimFindings findings)
    {
        var post = context.Post;
        var scope = context.Targets.Count > 0 ? context.Targets
            : lexicon.DocumentNouns.First(post) is not null ? context.Corpus.Documents
            : [];
        if (scope.Count == 0)
        {
            return;
        }

        var kinds = kindsOf.GetValue(context.Corpus, KindsOf);
        var denied = post.DeniedSpans();
        foreach (var obligation in lexicon.Obligations)
        {
            foreach (var (at, length) in obligation.FindAll(post).OrderBy(m => m.Position))
            {
                var (start, segmentLength) = post.Segments().FirstOrDefault(s => s.Start <= at && at < s.Start + s.Length);
                if (ClaimCues.IsWithin(denied, at) || post.IsQuestion(start, segmentLength) || lexicon.Absence.First(post, Math.Max(start, at - AbsenceReach), at) is not null)
                {
                    continue;
                }

                var date = post.Dates().FirstOrDefault(d => d.Position >= at && d.Position - at - length <= DateReach);
                var set = date is not null
                    ? scope.Any(d => d.Passages.Any(p => ClaimText.Of(p.Text).Dates().Any(x => x.Date == date!.Date)))
                    : scope.Any(d => kinds.TryGetValue(d.Info.Id, out var found) && found.Contains(obligation));
                if (set)
                {
                    continue;
                }

                var closest = Closest(context, start, segmentLength, scope);
                if (closest is null)
                {
                    continue;
                }

                var what = date is not null ? $"hạn chót ngày {date!.Display}" : obligation.Name;
                var documents = string.Join(", ", scope.Take(2).Select(d => d.Info.ShortTitle ?? d.Info.Title)) + (scope.Count > 2 ? "…" : "");
                findings.NotStated(
                    $"Bài viết nói \"{post.Slice(start, segmentLength).Trim()}\"; không có trong văn bản: {documents} không đặt {what} nào. Đoạn gần nhất, {closest.Source.Name}: \"{closest.Quote()}\"",
                    closest.Source);
                break;
            }
        }
    }

    /// <summary>The official clause closest to the post's sentence among the documents in scope, or null.</summary>
    private static OfficialClause? Closest(ClaimContext context, int start, int length, IReadOnlyList<ParsedDocument> scope)
    {
        var ids = scope.Select(d => d.Info.Id).ToHashSet(StringComparer.Ordinal);
        var pairs = ClauseMatch.PairsOf(context.Post, start, length, []);
        var pool = context.Target is not null ? context.Pool
            : new ClausePool(context.Hits.SelectMany(h => context.Corpus.ClausesOf.GetValueOrDefault(h.Passage) ?? []).ToList());
        return pool.Best(pairs, 1).Select(m => m.Clause).FirstOrDefault(c => ids.Contains(c.Document.Info.Id));
    }

    /// <summary>The kinds of obligation each document names somewhere (a fine, a fee), by document id.</summary>
    private IReadOnlyDictionary<string, HashSet<CuePhrases>> KindsOf(CorpusProfile corpus) =>
        corpus.Documents.ToDictionary(
            d => d.Info.Id,
            d => lexicon.Obligations.Where(o => d.Passages.Any(p => o.First(ClaimText.Of(p.Text)) is not null)).ToHashSet(),
            StringComparer.Ordinal);
}
