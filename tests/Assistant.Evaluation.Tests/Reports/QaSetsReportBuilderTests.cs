using Assistant.Core.Answers;
using Assistant.Evaluation.Gate;
using Assistant.Evaluation.Qa;
using Assistant.Evaluation.Reports;

namespace Assistant.Evaluation.Tests.Reports;

public sealed class QaSetsReportBuilderTests
{
    private static readonly GoldQuestion Signer = new("q1", "Ai ký?", true, [new GoldEvidence("quyet-dinh-157-ttg", "Lê Thành Long ký")], ["Lê Thành Long"], ["type:who"]);

    private static readonly IReadOnlyList<QaSet> Sets =
    [
        Set("eval/questions", "Phó Thủ tướng Lê Thành Long ký."),
        Set("citizen-dev/questions", "Bộ Giáo dục và Đào tạo ký."),
    ];

    [Fact]
    public void Build_TwoSets_SummarisesOneRowPerSetThenEachSetsSectionsUnderItsLabel()
    {
        var report = QaSetsReportBuilder.Build(Sets, new ReportContext("a, b", DateTimeOffset.UnixEpoch));

        var overview = report.Sections[0].Blocks.OfType<ReportTable>().Single();
        Assert.Equal(["eval/questions", "citizen-dev/questions"], overview.Rows.Select(r => r[0]));
        var wrongAnswers = overview.Headers.ToList().IndexOf("Trả lời sai");
        Assert.Equal(["0", "1"], overview.Rows.Select(r => r[wrongAnswers]));
        Assert.Contains(report.Sections, s => s.Heading == "eval/questions: Tóm tắt");
        Assert.Contains(report.Sections, s => s.Heading == "citizen-dev/questions: Tóm tắt");
        var charts = report.Sections.SelectMany(s => s.Blocks).OfType<ReportChart>().Select(c => c.FileName).ToList();
        Assert.Equal(charts.Count, charts.Distinct().Count());
        Assert.Contains("citizen-dev-questions-category-hit5.png", charts);
    }

    [Fact]
    public void Build_WithGate_ShowsTheGateOnceAtTheEnd()
    {
        var gate = new GateResult(["qa"], 1, []);

        var report = QaSetsReportBuilder.Build(Sets, new ReportContext("a, b", DateTimeOffset.UnixEpoch, Gate: gate, BaselinePath: "eval/baseline.json"));

        Assert.Single(report.Sections, s => s.Heading.Contains("Cổng chất lượng", StringComparison.Ordinal));
        Assert.Equal("Cổng chất lượng (baseline)", report.Sections[^1].Heading);
    }

    [Fact]
    public void QaMetricSet_TwoSets_KeepsTheFirstUnprefixedAndPrefixesTheOthers()
    {
        var metrics = QaMetricSet.From(Sets);

        Assert.Equal(1, metrics["factRate"]);
        Assert.Equal(0, metrics["citizenDevQuestionsFactRate"]);
        Assert.Equal(1, metrics["citizenDevQuestionsWrongAnswerRate"]);
        Assert.Equal(1, metrics["citizenDevQuestionsTypeWhoWrongAnswerRate"]);
        Assert.Null(metrics["evalQuestionsFactRate"]);
    }

    private static QaSet Set(string label, string answer)
    {
        var evaluator = new QaEvaluator(new NoAnswerer(), TestDocuments.All);
        var item = evaluator.Score(Signer, new Answer { Question = Signer.Question!, Text = answer, Citations = [], Passages = [], ElapsedMs = 1 });
        return new QaSet(label, label + ".jsonl", new QaRun([Signer], [], [new QaModeRun("extractive", [item])], null));
    }

    private sealed class NoAnswerer : IAnswerer
    {
        public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
