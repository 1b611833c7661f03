using Assistant.Evaluation.Peer;
using Assistant.Evaluation.Qa;
using static Assistant.Evaluation.Reports.CommonSections;

namespace Assistant.Evaluation.Reports;

/// <summary>Builds the QA report: summary beside the FTS5 peer, categories, latency, and every item (failures first).</summary>
public static class QaReportBuilder
{
    /// <summary>The report of a QA run.</summary>
    public static Report Build(QaRun run, ReportContext context)
    {
        List<ReportSection> sections = [Summary(run, context), .. PeerSection(run), Categories(run), Latency(run)];
        sections.AddRange(run.Modes.Select(mode => QaItemTable.Section(mode, run.Peer, run.Modes.Count > 1)));
        sections.AddRange(context.TrailingSections(run.Errors));
        return new Report("Báo cáo đánh giá hỏi đáp (Nghị quyết 71)", sections);
    }

    /// <summary>The Vietnamese name of a category tag.</summary>
    public static string TagName(string tag) => tag switch
    {
        QaCategory.All => "tất cả",
        QaCategory.WithDiacritics => "có dấu (with-diacritics)",
        QaCategory.NoDiacritics => "không dấu (no-diacritics)",
        _ => tag,
    };

    private static ReportSection Summary(QaRun run, ReportContext context)
    {
        var all = run.Primary.Metrics;
        var peer = run.PeerMetrics;
        var headers = new List<string> { "Chỉ số" };
        headers.AddRange(run.Modes.Select(m => $"Hệ thống ({m.Mode})"));
        if (peer is not null)
        {
            headers.Add("FTS5 (đối chứng)");
        }

        var rows = new List<IReadOnlyList<string>>();
        void Row(string name, Func<QaMetrics, double> ours, Func<PeerMetrics, double>? theirs = null) =>
            rows.Add([name, .. run.Modes.Select(m => Number(ours(m.Metrics))), .. peer is null ? [] : new[] { theirs is null ? "—" : Number(theirs(peer)) }]);
        Row("hit@1 (đoạn đúng đứng đầu)", m => m.Retrieval.HitAt1, p => p.Retrieval.HitAt1);
        Row("hit@5 (đoạn đúng trong 5 đoạn đầu)", m => m.Retrieval.HitAt5, p => p.Retrieval.HitAt5);
        Row("MRR@10", m => m.Retrieval.MrrAt10, p => p.Retrieval.MrrAt10);
        Row("nDCG@10", m => m.Retrieval.NdcgAt10, p => p.Retrieval.NdcgAt10);
        Row("Tỉ lệ nêu đúng ý (factRate)", m => m.FactRate);
        Row("Trích dẫn có thật trong văn bản", m => m.CitationValidity);
        Row("Trích dẫn đúng đoạn liên quan (độ chính xác)", m => m.CitationPrecision);
        Row("Từ chối đúng câu ngoài phạm vi (recall)", m => m.RefusalRecall);
        Row("Độ chính xác của từ chối (precision)", m => m.RefusalPrecision);
        Row("Từ chối nhầm câu có lời đáp", m => m.FalseRefusalRate);
        Row("Trả lời sai: có trả lời nhưng thiếu ý đúng (tệ nhất)", m => m.WrongAnswerRate);
        Row("Tỉ lệ câu đạt", m => m.PassRate);
        Row("Độ trễ p50 (ms)", m => m.Latency.P50Ms, p => p.Latency.P50Ms);
        Row("Độ trễ p95 (ms)", m => m.Latency.P95Ms, p => p.Latency.P95Ms);
        Row("Độ trễ lớn nhất (ms)", m => m.Latency.MaxMs, p => p.Latency.MaxMs);
        return new ReportSection("Tóm tắt", [
            new ReportParagraph($"{context.Describe()} {all.Questions} câu hỏi: {all.Answerable} có lời đáp trong văn bản, {all.Unanswerable} ngoài phạm vi (phải từ chối)."),
            new ReportTable(headers, rows),
            new ReportParagraph("Chỉ số tìm kiếm (hit, MRR, nDCG) tính trên các câu có lời đáp: một đoạn là đúng khi thuộc văn bản chứng cứ và chứa câu chứng cứ. "
                + "Độ trễ của hệ thống là cả quá trình trả lời (tìm kiếm + soạn câu trả lời); của FTS5 chỉ là tìm kiếm."),
        ]);
    }

    private static IEnumerable<ReportSection> PeerSection(QaRun run)
    {
        if (run.PeerMetrics is not { } peer)
        {
            yield break;
        }

        var ours = run.Primary.Metrics.Retrieval;
        var wins = run.Categories.Where(c => c.PeerWins).ToList();
        var verdict = wins.Count == 0
            ? "FTS5 không thắng ở nhóm câu hỏi nào về hit@5."
            : "FTS5 THẮNG ở các nhóm: " + string.Join("; ", wins.Select(c => $"{TagName(c.Tag)} (hit@5 {Number(c.Peer!.Retrieval.HitAt5)} so với {Number(c.Modes[0].Retrieval.HitAt5)} của hệ thống)")) + ".";
        yield return new ReportSection("So sánh với FTS5 (SQLite bm25, unicode61 remove_diacritics 2)", [
            new ReportParagraph($"Cùng các đoạn văn, cùng câu hỏi, trong cùng một lần chạy. hit@5: hệ thống {Number(ours.HitAt5)}, FTS5 {Number(peer.Retrieval.HitAt5)}; "
                + $"MRR@10: hệ thống {Number(ours.MrrAt10)}, FTS5 {Number(peer.Retrieval.MrrAt10)}; p95: hệ thống {Number(run.Primary.Metrics.Latency.P95Ms)} ms, FTS5 {Number(peer.Latency.P95Ms)} ms."),
            new ReportParagraph(verdict),
            new ReportParagraph("Câu hỏi của FTS5 là phép OR các từ của câu hỏi (mỗi từ trong ngoặc kép); FTS5 bỏ dấu thanh nhưng không đổi đ thành d, không ghép âm tiết, không hiểu chữ viết tắt."),
        ]);
    }

    private static ReportSection Categories(QaRun run)
    {
        var categories = run.Categories;
        var hasPeer = run.Peer is not null;
        var headers = new List<string> { "Nhóm", "Số câu", "hit@5", "MRR@10" };
        if (hasPeer)
        {
            headers.AddRange(["hit@5 FTS5", "MRR@10 FTS5"]);
        }

        headers.AddRange(["Nêu đúng ý", "Từ chối nhầm", "Trả lời sai", "Từ chối đúng", "Đạt"]);
        var rows = categories.Select(c =>
        {
            var m = c.Modes[0];
            var retrieval = m.Answerable > 0;
            List<string> row = [TagName(c.Tag), c.Questions.ToString(System.Globalization.CultureInfo.InvariantCulture), retrieval ? Number(m.Retrieval.HitAt5) : "—", retrieval ? Number(m.Retrieval.MrrAt10) : "—"];
            if (hasPeer)
            {
                row.AddRange([retrieval ? Number(c.Peer!.Retrieval.HitAt5) : "—", retrieval ? Number(c.Peer!.Retrieval.MrrAt10) : "—"]);
            }

            row.AddRange([
                retrieval ? Number(m.FactRate) : "—",
                retrieval ? Number(m.FalseRefusalRate) : "—",
                retrieval ? Number(m.WrongAnswerRate) : "—",
                m.Unanswerable > 0 ? Number(m.RefusalAccuracy) : "—",
                Number(m.PassRate),
            ]);
            return (IReadOnlyList<string>)row;
        }).ToList();

        List<ReportBlock> blocks = [
            new ReportParagraph(hasPeer ? "Các dòng tô đỏ là nhóm mà FTS5 có hit@5 cao hơn hệ thống." : "Mỗi câu hỏi thuộc các nhóm theo thẻ (tags) của nó; \"có dấu\" là các câu không mang thẻ no-diacritics."),
            new ReportTable(headers, rows, [.. categories.Select(c => c.PeerWins)]),
            new ReportParagraph("Nêu đúng ý, từ chối nhầm và trả lời sai tính trên các câu có lời đáp; trả lời sai là câu được trả lời (không từ chối) mà không nêu ý đúng cần có. "
                + $"Câu mang thẻ {GoldQuestion.TwoQuestionsTag} (hai câu hỏi trong một) chỉ tính là nêu đúng ý khi nêu đủ mọi ý."),
        ];
        var retrievalCategories = categories.Where(c => c.Modes[0].Answerable > 0).ToList();
        List<ChartSeries> hitSeries = [.. run.Modes.Select((mode, i) => new ChartSeries($"Hệ thống ({mode.Mode})", [.. retrievalCategories.Select(c => c.Modes[i].Retrieval.HitAt5)]))];
        if (hasPeer)
        {
            hitSeries.Add(new ChartSeries("FTS5", [.. retrievalCategories.Select(c => c.Peer!.Retrieval.HitAt5)]));
        }

        blocks.Add(new ReportChart("category-hit5.png", "hit@5 theo nhóm câu hỏi", ChartRenderer.GroupedBars("hit@5 theo nhóm câu hỏi", "hit@5", [.. retrievalCategories.Select(c => TagName(c.Tag))], hitSeries)));
        blocks.Add(new ReportChart("category-pass.png", "Tỉ lệ câu đạt theo nhóm", ChartRenderer.GroupedBars(
            "Tỉ lệ câu đạt theo nhóm", "Tỉ lệ đạt", [.. categories.Select(c => TagName(c.Tag))],
            [.. run.Modes.Select((mode, i) => new ChartSeries($"Hệ thống ({mode.Mode})", [.. categories.Select(c => c.Modes[i].PassRate)]))])));
        return new ReportSection("Theo nhóm câu hỏi", blocks);
    }

    private static ReportSection Latency(QaRun run) => new("Độ trễ", [
        .. run.Modes.Select(mode => new ReportChart(
            $"latency-{mode.Mode}.png",
            $"Phân bố thời gian trả lời mỗi câu ({mode.Mode}); p50 {Number(mode.Metrics.Latency.P50Ms)} ms, p95 {Number(mode.Metrics.Latency.P95Ms)} ms, lớn nhất {Number(mode.Metrics.Latency.MaxMs)} ms",
            ChartRenderer.Histogram($"Thời gian trả lời ({mode.Mode})", "ms", [.. mode.Items.Select(i => i.Answer.ElapsedMs)]))),
    ]);
}
