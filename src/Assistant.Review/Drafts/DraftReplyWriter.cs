using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Monitoring;
using Assistant.Core.Retrieval;
using Assistant.Core.Text;
using Assistant.Review.Items;
using Assistant.Review.Workflow;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Drafts;

/// <summary>
/// Writes the draft reply the way fact-checkers do (a "truth sandwich"): the official fact first, quoted word for word
/// with its citation; then the claim, named briefly, with the spokesperson's verdict; then the fact again with where to
/// read it in full. Only passages that bear on the claim are quoted: those the monitor's reasons quote, else those
/// sharing enough words with the claim (topped up from the search index when the item has none). When the registered
/// <see cref="IAnswerer"/> is the language model (<c>Llm:Endpoint</c> set), <see cref="WriteAsync"/> asks it about the
/// claim for the fact instead; its text is used only if it passed the answerer's own grounding check (every citation
/// given, every number, date, document number and name found in a cited passage), otherwise the extractive draft stands.
/// </summary>
public sealed class DraftReplyWriter(
    IOptions<ReviewOptions> options,
    IRetriever? retriever = null,
    IAnswerer? answerer = null,
    ILogger<DraftReplyWriter>? logger = null)
{
    private const int ClaimLength = 160;
    private const double MinClaimOverlap = 0.2;

    /// <summary>The model's grounded draft when a model is configured and its answer passed the checks, else <see cref="Write"/>.</summary>
    public async Task<string> WriteAsync(ReviewItem item, CancellationToken cancellationToken = default)
    {
        if (answerer is null || item.Claim.Length == 0)
        {
            return Write(item);
        }

        Answer answer;
        try
        {
            answer = await answerer.AnswerAsync(item.Claim, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            (logger ?? NullLogger<DraftReplyWriter>.Instance).LogWarning(exception, "The model draft for item {ItemId} failed; the extractive draft is used", item.Id);
            return Write(item);
        }

        if (answer is not { Mode: AnswerMode.Llm, Refused: false, FallbackReason: null } || answer.Citations.Count == 0)
        {
            return Write(item);
        }

        var sources = answer.Citations.Select(c => (Title: c.Title, c.Section, c.Doc)).ToList();
        return Sandwich(item, "Theo văn bản chính thức: " + answer.Text.Trim(), sources);
    }

    /// <summary>The extractive draft for the item as it stands (its verdict decides the middle sentence).</summary>
    public string Write(ReviewItem item)
    {
        var passages = PassagesFor(item);
        if (passages.Count == 0)
        {
            return Verdict(item) + Environment.NewLine + "Chưa tìm thấy đoạn văn bản chính thức liên quan; vui lòng bổ sung trích dẫn trước khi phản hồi.";
        }

        var facts = string.Join(
            Environment.NewLine,
            passages.Select((p, i) => $"Theo {TitleOf(p.Doc)}, mục {p.Section}: \"{p.Text.Trim()}\" [{i + 1}]"));
        return Sandwich(item, facts, passages.Select(p => (TitleOf(p.Doc), p.Section, p.Doc)).ToList());
    }

    /// <summary>
    /// The passages the draft quotes, those bearing on the claim: the item's passages its reasons quote ("…, mục
    /// II.2.a"), else its passages sharing enough words with the claim, else search hits that do.
    /// </summary>
    public IReadOnlyList<OfficialPassage> PassagesFor(ReviewItem item)
    {
        var count = options.Value.DraftPassages;
        var quoted = item.Passages.Where(p => item.Reasons.Any(r => QuotesPassage(r, p))).Take(count).ToList();
        if (quoted.Count > 0)
        {
            return quoted;
        }

        var claim = Words(item.Claim);
        var passages = item.Passages.Where(p => Overlap(claim, p.Text) >= MinClaimOverlap).Take(count).ToList();
        if (passages.Count == 0 && retriever is not null && item.Claim.Length > 0)
        {
            passages.AddRange(retriever.Search(item.Claim, count).Hits
                .Select(hit => new OfficialPassage(hit.Document.Id, hit.Passage.Section, hit.Passage.Text))
                .Where(p => Overlap(claim, p.Text) >= MinClaimOverlap)
                .Take(count));
        }

        return passages;
    }

    /// <summary>The document's title (its short title) when the index knows it, else its id.</summary>
    public string TitleOf(string docId) =>
        retriever?.Documents.FirstOrDefault(d => d.Info.Id == docId)?.Info is { } info ? info.ShortTitle ?? info.Title : docId;

    private static string Sandwich(ReviewItem item, string facts, IReadOnlyList<(string Title, string Section, string Doc)> sources)
    {
        var text = new StringBuilder();
        text.AppendLine(facts);
        text.AppendLine(Verdict(item));
        var first = sources[0];
        text.AppendLine($"Nội dung chính thức là như trên; toàn văn xem tại {first.Title}, mục {first.Section}. Đề nghị người dân theo dõi, chia sẻ thông tin từ các văn bản và kênh chính thức.");
        text.Append("Nguồn: ").AppendJoin("; ", sources.Select((c, i) => $"[{i + 1}] {c.Title}, mục {c.Section} ({c.Doc})"));
        return text.ToString();
    }

    /// <summary>The claim named briefly (its first sentence, cut at a word) with the verdict.</summary>
    private static string Verdict(ReviewItem item)
    {
        var claim = Brief(item.Claim);
        return item.Verdict switch
        {
            ReviewVerdicts.False => $"Kết luận: Sai sự thật. Thông tin cho rằng \"{claim}\" là không đúng sự thật.",
            ReviewVerdicts.Misleading => $"Kết luận: Gây hiểu lầm. Thông tin cho rằng \"{claim}\" chưa đầy đủ và dễ gây hiểu lầm.",
            ReviewVerdicts.Accurate => $"Kết luận: Chính xác. Thông tin \"{claim}\" phù hợp với văn bản chính thức.",
            ReviewVerdicts.Unrelated => $"Kết luận: Không liên quan. Thông tin \"{claim}\" không thuộc nội dung các văn bản nêu trên.",
            _ => $"Chưa có kết luận về thông tin \"{claim}\"; người phát ngôn cần chọn kết luận trước khi phản hồi.",
        };
    }

    private static string Brief(string claim)
    {
        var text = claim.Trim();
        var end = text.IndexOfAny(['.', '!', '?', '\n']);
        if (end > 20)
        {
            text = text[..end];
        }

        if (text.Length <= ClaimLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', ClaimLength);
        return text[..(cut > 0 ? cut : ClaimLength)] + "…";
    }

    /// <summary>True when a reason names the passage as the claim check names its sources ("Kế hoạch của UBND thành phố Cần Thơ, mục II.2.a").</summary>
    private bool QuotesPassage(string reason, OfficialPassage passage)
    {
        var section = $"mục {passage.Section}";
        return passage.Section.Length > 0 && reason.Contains(retriever is null ? section : $"{TitleOf(passage.Doc)}, {section}", StringComparison.Ordinal);
    }

    private static HashSet<string> Words(string text) =>
        VietnameseAnalyzer.Tokenize(VietnameseText.Fold(VietnameseText.Normalize(text)).ToLowerInvariant()).Where(w => w.Length > 1).ToHashSet(StringComparer.Ordinal);

    private static double Overlap(IReadOnlySet<string> claim, string passage)
    {
        if (claim.Count == 0)
        {
            return 0;
        }

        var words = Words(passage);
        return (double)claim.Count(words.Contains) / claim.Count;
    }
}
