using System.Globalization;
using Assistant.Evaluation.Peer;
using Assistant.Evaluation.Qa;

using static Assistant.Evaluation.Reports.CommonSections;

namespace Assistant.Evaluation.Reports;

/// <summary>The per-item section of the QA report: every question, failures first, with the answer, citations, expected fact and why it failed.</summary>
public static class QaItemTable
{
    private const int MaxAnswerChars = 500;

    /// <summary>The section of one answerer's items.</summary>
    public static ReportSection Section(QaModeRun mode, IReadOnlyList<PeerItemResult>? peer, bool nameMode)
    {
        var peerRanks = peer?.ToDictionary(p => p.Gold.Id!, p => p.Ranking.FirstRelevantRank, StringComparer.Ordinal);
        var ordered = mode.Items.OrderBy(i => i.Passed).ToList();
        var rows = ordered.Select(i => (IReadOnlyList<string>)
        [
            i.Gold.Id!,
            i.Gold.Question!,
            string.Join(", ", QaCategory.TagsOf(i.Gold)),
            i.Passed ? "Đạt" : "LỖI",
            i.Failure ?? string.Empty,
            Shorten(i.Answer.Text),
            string.Join("; ", i.Answer.Citations.Select(c => $"{c.Doc} §{c.Section}")),
            i.Gold.Answerable == true ? string.Join(" | ", i.Gold.Facts ?? []) : "(phải từ chối)",
            Rank(i.FirstRelevantRank) + (peerRanks is null ? string.Empty : " / " + Rank(peerRanks.GetValueOrDefault(i.Gold.Id!))),
            i.Answer.ElapsedMs.ToString("0.#", CultureInfo.InvariantCulture),
        ]).ToList();
        var failures = ordered.Count(i => !i.Passed);
        var heading = nameMode ? $"Chi tiết từng câu, {mode.Mode} (lỗi trước)" : "Chi tiết từng câu (lỗi trước)";
        return new ReportSection(heading, [
            new ReportParagraph($"{failures} trong {ordered.Count} câu không đạt. Hạng đoạn đúng: vị trí của đoạn liên quan đầu tiên trong 10 đoạn tìm được (— là không có)."),
            new ReportTable(
                ["Mã", "Câu hỏi", "Nhóm", "Kết quả", "Vì sao lỗi", "Câu trả lời của hệ thống", "Trích dẫn", "Ý đúng cần có", peerRanks is null ? "Hạng đoạn đúng" : "Hạng đoạn đúng (hệ thống / FTS5)", "ms"],
                rows,
                [.. ordered.Select(i => !i.Passed)]),
        ]);
    }

    private static string Shorten(string text) => text.Length <= MaxAnswerChars ? text : text[..MaxAnswerChars] + "…";
}
