using System.Globalization;
using Assistant.Evaluation.Articles;
using static Assistant.Evaluation.Reports.CommonSections;

namespace Assistant.Evaluation.Reports;

/// <summary>Builds the article benchmark report: summary of both searchers, by question type, and every question (misses first).</summary>
public static class ArticleReportBuilder
{
    private const int MaxQuestionChars = 300;

    /// <summary>The report of an article benchmark run.</summary>
    public static Report Build(ArticleRetrievalRun run, ReportContext context)
    {
        List<ReportSection> sections = [Summary(run, context), Types(run), Items(run)];
        sections.AddRange(context.TrailingSections(run.Benchmark.Errors));
        return new Report("Báo cáo đánh giá tìm kiếm theo điều luật (ALQAC)", sections);
    }

    private static ReportSection Summary(ArticleRetrievalRun run, ReportContext context)
    {
        var benchmark = run.Benchmark;
        var ours = run.Overall.Ours;
        var peer = run.Overall.Peer;
        IReadOnlyList<string> Row(string name, Func<ArticleRetrievalMetrics, double> value) => [name, Number(value(ours)), Number(value(peer))];
        return new ReportSection("Tóm tắt", [
            new ReportParagraph($"{context.Describe()} {benchmark.Documents.Count} luật ({benchmark.Articles} điều, {benchmark.Passages} đoạn sau khi tách, {benchmark.PassagesOutsideArticles} đoạn nằm ngoài mọi điều), {benchmark.Questions.Count} câu hỏi."),
            new ReportTable(["Chỉ số", "Hệ thống (Lucene)", "FTS5 (đối chứng)"], [
                Row("recall@1 (điều đúng đứng đầu)", m => m.RecallAt1),
                Row("recall@5 (điều đúng trong 5 điều đầu)", m => m.RecallAt5),
                Row("recall@10", m => m.RecallAt10),
                Row("MRR@10", m => m.MrrAt10),
                Row("Độ trễ p50 (ms)", m => m.Latency.P50Ms),
                Row("Độ trễ p95 (ms)", m => m.Latency.P95Ms),
            ]),
            new ReportParagraph("Mỗi luật là một văn bản, tách đoạn như văn bản của kho; một đoạn thuộc điều N của luật khi mục của nó là \"Điều N\" (hoặc một khoản, điểm của điều đó). "
                + "Các điều được xếp theo đoạn đầu tiên của chúng trong kết quả; cùng các đoạn, cùng câu hỏi, trong cùng một lần chạy cho cả hai cách tìm."),
            new ReportChart("article-recall.png", "recall@k của hệ thống và FTS5", ChartRenderer.GroupedBars(
                "recall@k theo điều luật", "recall", ["recall@1", "recall@5", "recall@10", "MRR@10"],
                [Series("Hệ thống", ours), Series("FTS5", peer)])),
        ]);
    }

    private static ChartSeries Series(string name, ArticleRetrievalMetrics m) => new(name, [m.RecallAt1, m.RecallAt5, m.RecallAt10, m.MrrAt10]);

    private static ReportSection Types(ArticleRetrievalRun run) => new("Theo loại câu hỏi", [
        new ReportTable(
            ["Loại", "Số câu", "recall@1", "recall@5", "recall@10", "MRR@10", "recall@1 FTS5", "recall@5 FTS5", "recall@10 FTS5", "MRR@10 FTS5"],
            [.. run.Categories.Select(c => (IReadOnlyList<string>)
            [
                c.Type == ArticleCategory.All ? "tất cả" : c.Type,
                c.Ours.Questions.ToString(CultureInfo.InvariantCulture),
                Number(c.Ours.RecallAt1), Number(c.Ours.RecallAt5), Number(c.Ours.RecallAt10), Number(c.Ours.MrrAt10),
                Number(c.Peer.RecallAt1), Number(c.Peer.RecallAt5), Number(c.Peer.RecallAt10), Number(c.Peer.MrrAt10),
            ])],
            [.. run.Categories.Select(c => c.Peer.RecallAt5 > c.Ours.RecallAt5)]),
        new ReportParagraph("Các dòng tô đỏ là loại câu mà FTS5 có recall@5 cao hơn hệ thống."),
    ]);

    private static ReportSection Items(ArticleRetrievalRun run)
    {
        var ordered = run.Items.OrderBy(i => i.Ours.Relevance.HitAt(5)).ThenBy(i => i.Ours.Relevance.FirstRelevantRank ?? int.MaxValue).ToList();
        var rows = ordered.Select(i => (IReadOnlyList<string>)
        [
            i.Question.QuestionId!,
            i.Question.QuestionType ?? string.Empty,
            i.Question.Text!.Length <= MaxQuestionChars ? i.Question.Text : i.Question.Text[..MaxQuestionChars] + "…",
            string.Join("; ", i.Question.Relevant),
            Rank(i.Ours.Relevance.FirstRelevantRank) + " / " + Rank(i.Peer.Relevance.FirstRelevantRank),
            i.Ours.Articles.Count > 0 ? i.Ours.Articles[0].ToString() : "—",
        ]).ToList();
        return new ReportSection("Chi tiết từng câu (trượt top 5 trước)", [
            new ReportParagraph($"{ordered.Count(i => !i.Ours.Relevance.HitAt(5))} trong {ordered.Count} câu không có điều đúng trong 5 điều đầu của hệ thống. Hạng: vị trí của điều đúng đầu tiên trong 10 điều (— là không có)."),
            new ReportTable(["Mã", "Loại", "Câu hỏi", "Điều đúng", "Hạng (hệ thống / FTS5)", "Điều hệ thống xếp đầu"], rows, [.. ordered.Select(i => !i.Ours.Relevance.HitAt(5))]),
        ]);
    }}
