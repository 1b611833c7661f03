using Assistant.Core.Monitoring;
using System.Globalization;
using Assistant.Evaluation.Posts;
using static Assistant.Evaluation.Reports.CommonSections;

namespace Assistant.Evaluation.Reports;

/// <summary>Builds the posts report: summary beside the peer, confusion matrix, ROC and PR curves, threshold sweep, cross-validation, items.</summary>
public static class PostsReportBuilder
{
    /// <summary>The report of a posts run.</summary>
    public static Report Build(PostsRun run, ReportContext context)
    {
        List<ReportSection> sections = [Summary(run, context), Slices(run.Slices), Confusion(run.Metrics.Confusion), Curves(run), Sweep(run)];
        if (run.CrossValidation is { } cv)
        {
            sections.Add(CrossValidation(cv));
        }

        sections.Add(PostItemTable.Section(run));
        sections.AddRange(context.TrailingSections(run.Errors));
        return new Report("Báo cáo đánh giá phát hiện tin sai về giáo dục", sections);
    }

    private static ReportSection Summary(PostsRun run, ReportContext context)
    {
        var m = run.Metrics;
        var peer = m.Peer;
        var rows = new List<IReadOnlyList<string>>
        {
            Row("Độ chính xác khi gắn cờ (precision)", m.Flagging.Precision, peer?.AtHalf.Precision),
            Row("Độ phủ tin sai (recall)", m.Flagging.Recall, peer?.AtHalf.Recall),
            Row("F1 của việc gắn cờ", m.Flagging.F1, peer?.AtHalf.F1),
            Row("Nhãn dự đoán đúng (accuracy, 3 nhãn)", m.Confusion.Accuracy, null),
            Row("ROC-AUC của classifierScore", m.RocAuc, peer?.RocAuc),
            Row("PR-AUC của classifierScore", m.PrAuc, peer?.PrAuc),
        };
        if (run.HasRiskScore)
        {
            rows.Add(Row("ROC-AUC của điểm rủi ro (score)", m.RiskRocAuc, null));
            rows.Add(Row("PR-AUC của điểm rủi ro (score)", m.RiskPrAuc, null));
        }

        List<ReportBlock> blocks =
        [
            new ReportParagraph($"{context.Describe()} Chấm bởi: {run.Source}. {m.Posts} bài, trong đó {m.Misinformation} bài tin sai."),
            new ReportTable(["Chỉ số", "Hệ thống", peer is null ? "Đối chứng" : $"Đối chứng: {run.PeerName}"], rows),
        ];
        if (!run.HasRiskScore)
        {
            blocks.Add(new ReportParagraph("Ở đây chỉ bộ phân loại chấm bài (không có điểm rủi ro tổng hợp): gắn cờ nghĩa là nhãn dự đoán là tin sai."));
        }

        if (peer is not null)
        {
            blocks.Add(new ReportParagraph($"Đối chứng được huấn luyện trên cùng dữ liệu và chấm cùng các bài trong lần chạy này; cột đối chứng tính tại ngưỡng 0,5. "
                + (m.RocAuc > peer.RocAuc ? "ROC-AUC của hệ thống cao hơn đối chứng." : "ROC-AUC của hệ thống KHÔNG cao hơn đối chứng.")));
        }

        return new ReportSection("Tóm tắt", blocks);
    }

    private static IReadOnlyList<string> Row(string name, double? ours, double? peer) => [name, Number(ours), Number(peer)];

    private static ReportSection Slices(PostSlices slices)
    {
        static IReadOnlyList<string> Counts(string name, BinaryCounts c) =>
            [name, c.Predicted.ToString(CultureInfo.InvariantCulture), c.TruePositives.ToString(CultureInfo.InvariantCulture), Number(c.Precision), Number(c.Recall)];
        List<ReportBlock> blocks =
        [
            new ReportParagraph($"Theo quy tắc đối chiếu: số bài có lý do của quy tắc, trong đó bao nhiêu là tin sai; độ chính xác và phần tin sai quy tắc bắt được (\"{PostSlices.NoRule}\": bài bị gắn cờ mà không quy tắc nào nêu lý do)."),
            new ReportTable(["Quy tắc", "Bài có lý do", "Là tin sai", "Precision", "Recall"], [.. slices.ByRule.Select(r => Counts(r.Key, r.Value))]),
        ];
        if (slices.ByTag.Count > 0)
        {
            blocks.Add(new ReportParagraph("Theo nhãn phụ (tags) của bộ dữ liệu: gắn cờ so với tin sai trong các bài mang nhãn đó."));
            blocks.Add(new ReportTable(["Nhãn phụ", "Bị gắn cờ", "Gắn cờ đúng", "Precision", "Recall"], [.. slices.ByTag.Select(t => Counts(t.Key, t.Value))]));
        }

        return new ReportSection("Theo quy tắc và theo nhãn phụ", blocks);
    }

    private static ReportSection Confusion(ConfusionMatrix matrix)
    {
        var rows = matrix.Labels.Select((label, r) => (IReadOnlyList<string>)
            [PostLabel.Name(label), .. matrix.Counts[r].Select(c => c.ToString(CultureInfo.InvariantCulture))]).ToList();
        return new ReportSection("Ma trận nhầm lẫn (dòng: nhãn đúng, cột: nhãn dự đoán)", [
            new ReportTable(["Nhãn đúng \\ dự đoán", .. matrix.Labels.Select(PostLabel.Name)], rows),
        ]);
    }

    private static ReportSection Curves(PostsRun run)
    {
        var truth = run.Items.Select(i => i.Gold.IsMisinformation).ToList();
        var scores = new List<(string Name, IReadOnlyList<double> Values)> { ("classifierScore", [.. run.Items.Select(i => i.Scored.ClassifierScore)]) };
        if (run.HasRiskScore)
        {
            scores.Add(("score (rủi ro)", [.. run.Items.Select(i => i.Scored.Score)]));
        }

        if (run.Metrics.Peer is not null)
        {
            scores.Add(($"đối chứng: {run.PeerName}", [.. run.Items.Select(i => i.PeerScore!.Value)]));
        }

        var roc = scores.Select(s => (s.Name, Points: BinaryCurves.Roc(s.Values, truth))).Where(s => s.Points is not null).ToList();
        var pr = scores.Select(s => (s.Name, Points: BinaryCurves.PrecisionRecall(s.Values, truth))).Where(s => s.Points is not null).ToList();
        if (roc.Count == 0)
        {
            return new ReportSection("Đường ROC và PR", [new ReportParagraph("Không vẽ được: tập chuẩn cần có cả bài tin sai và bài không phải tin sai.")]);
        }

        return new ReportSection("Đường ROC và PR", [
            new ReportChart("roc.png", "Đường ROC (tỉ lệ báo nhầm – tỉ lệ phát hiện)", ChartRenderer.Curves(
                "Đường ROC", "Tỉ lệ báo nhầm (FPR)", "Tỉ lệ phát hiện (TPR)", [.. roc.Select(s => Series(s.Name, s.Points!))], diagonal: true)),
            new ReportChart("pr.png", "Đường precision–recall", ChartRenderer.Curves(
                "Đường precision–recall", "Recall", "Precision", [.. pr.Select(s => Series(s.Name, s.Points!))], diagonal: false)),
        ]);
    }

    private static ChartSeries Series(string name, IReadOnlyList<CurvePoint> points) => new(name, [.. points.Select(p => p.Y)], [.. points.Select(p => p.X)]);

    private static ReportSection Sweep(PostsRun run)
    {
        var headers = new List<string> { "Ngưỡng" };
        if (run.HasRiskScore)
        {
            headers.AddRange(["score: gắn cờ", "score: precision", "score: recall", "score: F1"]);
        }

        headers.AddRange(["classifierScore: gắn cờ", "classifierScore: precision", "classifierScore: recall", "classifierScore: F1"]);
        var rows = run.Sweep.Select(row => (IReadOnlyList<string>)
        [
            Number(row.Threshold),
            .. row.Risk is { } risk ? Cells(risk) : [],
            .. Cells(row.Classifier),
        ]).ToList();
        return new ReportSection("Quét ngưỡng", [
            new ReportParagraph("Một bài được coi là tin sai khi điểm lớn hơn hoặc bằng ngưỡng. Bảng giúp chọn ngưỡng gắn cờ (chỉ chọn trên tập dev, không chọn trên tập này)."),
            new ReportTable(headers, rows),
        ]);
    }

    private static string[] Cells(BinaryCounts counts) =>
        [counts.Predicted.ToString(CultureInfo.InvariantCulture), Number(counts.Precision), Number(counts.Recall), Number(counts.F1)];

    private static ReportSection CrossValidation(CrossValidationSummary cv)
    {
        var rows = cv.Folds.Select(f => (IReadOnlyList<string>)
        [
            f.Fold.ToString(CultureInfo.InvariantCulture), f.Train.ToString(CultureInfo.InvariantCulture), f.Test.ToString(CultureInfo.InvariantCulture),
            Number(f.RocAuc), Number(f.PrAuc), Number(f.Counts.F1), Number(f.LabelAccuracy),
        ]).ToList();
        rows.Add(["trung bình", string.Empty, string.Empty, $"{Number(cv.MeanRocAuc)} ± {Number(cv.StdRocAuc)}", Number(cv.MeanPrAuc), Number(cv.MeanF1), Number(cv.MeanLabelAccuracy)]);
        return new ReportSection($"Kiểm định chéo {cv.Folds.Count} phần trên dữ liệu huấn luyện", [
            new ReportParagraph($"{cv.Classifier}: {cv.Posts} bài huấn luyện, chia {cv.Folds.Count} phần giữ tỉ lệ nhãn; mỗi lần huấn luyện trên các phần còn lại và chấm phần giữ lại."),
            new ReportTable(["Phần", "Huấn luyện", "Kiểm tra", "ROC-AUC", "PR-AUC", "F1", "Nhãn đúng"], rows),
        ]);
    }
}
