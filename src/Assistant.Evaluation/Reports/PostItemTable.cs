using Assistant.Core.Monitoring;
using Assistant.Evaluation.Posts;
using static Assistant.Evaluation.Reports.CommonSections;

namespace Assistant.Evaluation.Reports;

/// <summary>The per-post section of the posts report, failures first.</summary>
public static class PostItemTable
{
    private const int MaxTextChars = 400;

    /// <summary>The section listing every post.</summary>
    public static ReportSection Section(PostsRun run)
    {
        var ordered = run.Items.OrderBy(i => i.Passed).ToList();
        var withPeer = run.Metrics.Peer is not null;
        var headers = new List<string> { "Mã", "Bài viết", "Nhãn đúng", "Nhãn dự đoán", "Gắn cờ", "score", "classifierScore" };
        if (withPeer)
        {
            headers.Add("Đối chứng");
        }

        headers.AddRange(["Vì sao lỗi", "Lý do hệ thống nêu"]);
        var rows = ordered.Select(i =>
        {
            List<string> row =
            [
                i.Gold.Id!,
                i.Gold.Text!.Length <= MaxTextChars ? i.Gold.Text : i.Gold.Text[..MaxTextChars] + "…",
                PostLabel.Name(i.Gold.Label!),
                PostLabel.Name(i.Scored.Label),
                i.Scored.Flagged ? "có" : "không",
                Number(i.Scored.Score),
                Number(i.Scored.ClassifierScore),
            ];
            if (withPeer)
            {
                row.Add(Number(i.PeerScore));
            }

            row.AddRange([i.Failure ?? string.Empty, string.Join(" · ", i.Scored.Reasons)]);
            return (IReadOnlyList<string>)row;
        }).ToList();
        return new ReportSection("Chi tiết từng bài (lỗi trước)", [
            new ReportParagraph($"{ordered.Count(i => !i.Passed)} trong {ordered.Count} bài bị gắn cờ sai hoặc nhận nhãn sai."),
            new ReportTable(headers, rows, [.. ordered.Select(i => !i.Passed)]),
        ]);
    }
}
