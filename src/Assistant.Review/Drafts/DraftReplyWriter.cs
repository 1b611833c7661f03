using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Monitoring;
using Assistant.Core.Retrieval;
using Assistant.Review.Items;
using Assistant.Review.Workflow;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Drafts;

/// <summary>
/// Writes the draft reply: a Vietnamese correction that quotes the item's official passages word for word with their
/// citations (document, section), topped up from the search index when the item has too few. When the registered
/// <see cref="IAnswerer"/> is the language model (<c>Llm:Endpoint</c> set), <see cref="WriteAsync"/> asks it about the
/// claim instead; its text is used only if it passed the answerer's own grounding check (every citation given, every
/// number, date, document number and name found in a cited passage), otherwise the extractive draft stands.
/// </summary>
public sealed class DraftReplyWriter(
    IOptions<ReviewOptions> options,
    IRetriever? retriever = null,
    IAnswerer? answerer = null,
    ILogger<DraftReplyWriter>? logger = null)
{
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

        var text = new StringBuilder();
        text.AppendLine(Opening(item));
        text.AppendLine("Theo văn bản chính thức:");
        text.AppendLine(answer.Text.Trim());
        text.AppendLine("Đề nghị người dân theo dõi, chia sẻ thông tin từ các văn bản chính thức nêu trên.");
        text.Append("Nguồn: ").AppendJoin("; ", answer.Citations.Select((c, i) => $"[{i + 1}] {c.Title}, mục {c.Section} ({c.Doc})"));
        return text.ToString();
    }

    /// <summary>The extractive draft for the item as it stands (its verdict decides the opening sentence).</summary>
    public string Write(ReviewItem item)
    {
        var passages = PassagesFor(item);
        var text = new StringBuilder();
        text.AppendLine(Opening(item));
        if (passages.Count == 0)
        {
            text.AppendLine("Chưa tìm thấy đoạn văn bản chính thức liên quan; vui lòng bổ sung trích dẫn trước khi phản hồi.");
            return text.ToString().TrimEnd();
        }

        text.AppendLine("Theo văn bản chính thức:");
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            text.AppendLine($"[{i + 1}] {TitleOf(passage.Doc)}, mục {passage.Section}: \"{passage.Text}\"");
        }

        text.AppendLine("Đề nghị người dân theo dõi, chia sẻ thông tin từ các văn bản chính thức nêu trên.");
        text.Append("Nguồn: ").AppendJoin("; ", passages.Select((p, i) => $"[{i + 1}] {p.Doc} ({p.Section})"));
        return text.ToString();
    }

    /// <summary>The passages the draft quotes: the item's own first, then search hits for the claim.</summary>
    public IReadOnlyList<OfficialPassage> PassagesFor(ReviewItem item)
    {
        var count = options.Value.DraftPassages;
        var passages = item.Passages.Take(count).ToList();
        if (passages.Count < count && retriever is not null && item.Claim.Length > 0)
        {
            var more = retriever.Search(item.Claim, count)
                .Hits.Select(hit => new OfficialPassage(hit.Document.Id, hit.Passage.Section, hit.Passage.Text))
                .Where(p => !passages.Any(q => q.Doc == p.Doc && q.Section == p.Section));
            passages.AddRange(more.Take(count - passages.Count));
        }

        return passages;
    }

    private static string Opening(ReviewItem item)
    {
        var claim = item.Claim.Length > 300 ? item.Claim[..300] + "…" : item.Claim;
        return item.Verdict switch
        {
            ReviewVerdicts.False => $"Thông tin \"{claim}\" là không đúng sự thật.",
            ReviewVerdicts.Misleading => $"Thông tin \"{claim}\" chưa đầy đủ và dễ gây hiểu lầm.",
            ReviewVerdicts.Accurate => $"Thông tin \"{claim}\" phù hợp với văn bản chính thức.",
            _ => $"Về thông tin \"{claim}\", xin cung cấp nội dung văn bản chính thức như sau.",
        };
    }

    /// <summary>The document's title when the index knows it, else its id.</summary>
    public string TitleOf(string docId) =>
        retriever?.Documents.FirstOrDefault(d => d.Info.Id == docId)?.Info is { } info ? info.ShortTitle ?? info.Title : docId;
}
