using System.Globalization;
using Assistant.Evaluation.Qa;
using static Assistant.Evaluation.Reports.CommonSections;

namespace Assistant.Evaluation.Reports;

/// <summary>
/// Builds the QA report of several gold sets side by side (the formal set beside citizen-style ones): a table with one row per
/// set, then each set's own report under its label, then the comparison and the gate (which read the first set).
/// </summary>
public static class QaSetsReportBuilder
{
    /// <summary>The report of the sets, in the order given.</summary>
    public static Report Build(IReadOnlyList<QaSet> sets, ReportContext context)
    {
        List<ReportSection> sections = [Overview(sets, context)];
        foreach (var set in sets)
        {
            var own = QaReportBuilder.Build(set.Run, context with { InputPath = set.InputPath, Deltas = null, PreviousPath = null, Gate = null, BaselinePath = null });
            sections.AddRange(own.Sections.Select(section => Labelled(set.Label, section)));
        }

        sections.AddRange(context.TrailingSections([]));
        return new Report("Báo cáo đánh giá hỏi đáp (Nghị quyết 71): các tập câu hỏi", sections);
    }

    private static ReportSection Overview(IReadOnlyList<QaSet> sets, ReportContext context)
    {
        var rows = sets.Select(set =>
        {
            var m = set.Run.Primary.Metrics;
            return (IReadOnlyList<string>)
            [
                set.Label,
                set.InputPath,
                m.Questions.ToString(CultureInfo.InvariantCulture),
                Number(m.Retrieval.HitAt5),
                set.Run.PeerMetrics is { } peer ? Number(peer.Retrieval.HitAt5) : "—",
                Number(m.FactRate),
                Number(m.FalseRefusalRate),
                Number(m.WrongAnswerRate),
                m.Unanswerable > 0 ? Number(m.RefusalAccuracy) : "—",
                Number(m.PassRate),
            ];
        }).ToList();
        return new ReportSection("Các tập câu hỏi", [
            new ReportParagraph($"{context.Describe()} Mỗi dòng là một tập câu hỏi, chấm bằng {sets[0].Run.Primary.Mode}; phần của từng tập ở dưới, mang tên tập."),
            new ReportTable(
                ["Tập", "Tệp", "Số câu", "hit@5", "hit@5 FTS5", "Nêu đúng ý", "Từ chối nhầm", "Trả lời sai", "Từ chối đúng câu ngoài phạm vi", "Đạt"],
                rows),
            new ReportParagraph($"metrics.json ghi chỉ số của tập đầu tiên ({sets[0].Label}) không có tiền tố, của các tập khác có tiền tố là tên tập; cổng chất lượng và phần so sánh xét tập đầu tiên."),
            new ReportChart("sets.png", "Chỉ số trả lời theo tập câu hỏi", ChartRenderer.GroupedBars(
                "Chỉ số trả lời theo tập câu hỏi", "Tỉ lệ", [.. sets.Select(s => s.Label)],
                [
                    new ChartSeries("Nêu đúng ý", [.. sets.Select(s => s.Run.Primary.Metrics.FactRate)]),
                    new ChartSeries("Từ chối nhầm", [.. sets.Select(s => s.Run.Primary.Metrics.FalseRefusalRate)]),
                    new ChartSeries("Trả lời sai", [.. sets.Select(s => s.Run.Primary.Metrics.WrongAnswerRate)]),
                    new ChartSeries("Từ chối đúng", [.. sets.Select(s => s.Run.Primary.Metrics.RefusalAccuracy)]),
                ])),
        ]);
    }

    /// <summary>A set's section under its label; its charts renamed so the sets' files do not collide.</summary>
    private static ReportSection Labelled(string label, ReportSection section)
    {
        var slug = string.Concat(label.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        return new ReportSection(
            $"{label}: {section.Heading}",
            [.. section.Blocks.Select(block => block is ReportChart chart ? chart with { FileName = $"{slug}-{chart.FileName}" } : block)]);
    }
}
