using System.Text;
using Assistant.Core.Monitoring;
using Assistant.Core.Retrieval;
using Assistant.Review.Items;
using Assistant.Review.Workflow;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Drafts;

/// <summary>
/// Writes the extractive draft reply: a Vietnamese correction that quotes the item's official passages word for word with
/// their citations (document, section), topped up from the search index when the item has too few.
/// </summary>
public sealed class DraftReplyWriter(IOptions<ReviewOptions> options, IRetriever? retriever = null)
{
    /// <summary>The draft for the item as it stands (its verdict decides the opening sentence).</summary>
    public string Write(ReviewItem item)
    {
        var passages = PassagesFor(item);
        var claim = item.Claim.Length > 300 ? item.Claim[..300] + "…" : item.Claim;
        var text = new StringBuilder();
        text.AppendLine(item.Verdict switch
        {
            ReviewVerdicts.False => $"Thông tin \"{claim}\" là không đúng sự thật.",
            ReviewVerdicts.Misleading => $"Thông tin \"{claim}\" chưa đầy đủ và dễ gây hiểu lầm.",
            ReviewVerdicts.Accurate => $"Thông tin \"{claim}\" phù hợp với văn bản chính thức.",
            _ => $"Về thông tin \"{claim}\", xin cung cấp nội dung văn bản chính thức như sau.",
        });
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

    /// <summary>The document's title when the index knows it, else its id.</summary>
    public string TitleOf(string docId) =>
        retriever?.Documents.FirstOrDefault(d => d.Info.Id == docId)?.Info is { } info ? info.ShortTitle ?? info.Title : docId;
}
