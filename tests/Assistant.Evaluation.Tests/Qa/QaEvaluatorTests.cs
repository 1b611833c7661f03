using Assistant.Core.Answers;
using Assistant.Evaluation.Qa;

namespace Assistant.Evaluation.Tests.Qa;

public sealed class QaEvaluatorTests
{
    private static readonly GoldQuestion Signer = new(
        "q1", "Ai ký?", true, [new GoldEvidence("quyet-dinh-157-ttg", "Lê Thành  Long ký")], ["Lê Thành Long"], ["type:who"]);

    private static readonly GoldQuestion OutOfScope = new("q2", "Học phí bao nhiêu?", false, null, null, ["out-of-scope"]);

    [Fact]
    public void Score_AnswerWithOneRelevantOfTwoCitations_CountsRankFactAndRelevantCitations()
    {
        var evaluator = new QaEvaluator(new FixedAnswerer(), TestDocuments.All);
        var answer = Answer("Phó Thủ tướng Le Thanh Long ký.", refused: false,
            citations: [Cite("quyet-dinh-157-ttg", "Phó Thủ tướng Lê Thành Long ký Quyết định."), Cite("quyet-dinh-157-ttg", "Đào tạo giáo viên về truyền thông.")],
            passages: [("can-tho-ke-hoach", "Mỗi năm có 20 - 30 sản phẩm truyền thông số."), ("quyet-dinh-157-ttg", "Phó Thủ tướng Lê Thành Long ký Quyết định.")]);

        var result = evaluator.Score(Signer, answer);

        Assert.Equal(2, result.FirstRelevantRank);
        Assert.Equal(1, result.Ranking.RelevantInCorpus);
        Assert.True(result.StatesFact); // compared without diacritics too
        Assert.True(result.CitationsValid);
        Assert.Equal(1, result.RelevantCitations);
        Assert.True(result.Passed);
    }

    [Fact]
    public void Score_CitationNotInItsDocument_IsInvalidAndFails()
    {
        var evaluator = new QaEvaluator(new FixedAnswerer(), TestDocuments.All);
        var answer = Answer("Lê Thành Long ký.", refused: false, citations: [Cite("can-tho-ke-hoach", "Phó Thủ tướng Lê Thành Long ký Quyết định.")], passages: []);

        var result = evaluator.Score(Signer, answer);

        Assert.False(result.CitationsValid);
        Assert.Equal("có trích dẫn không tìm thấy trong văn bản", result.Failure);
    }

    [Fact]
    public void QaMetrics_FourHandMadeItems_GiveTheRefusalAndCitationRatios()
    {
        var evaluator = new QaEvaluator(new FixedAnswerer(), TestDocuments.All);
        var good = Answer("Lê Thành Long", false, [Cite("quyet-dinh-157-ttg", "Phó Thủ tướng Lê Thành Long ký Quyết định."), Cite("quyet-dinh-157-ttg", "Đào tạo giáo viên về truyền thông.")], []);
        var refusal = Answer("Xin lỗi, văn bản không nói.", true, [], []);
        var items = new[]
        {
            evaluator.Score(Signer, good),
            evaluator.Score(Signer with { Id = "q3" }, refusal),
            evaluator.Score(OutOfScope, refusal),
            evaluator.Score(OutOfScope with { Id = "q4" }, good),
        };

        var metrics = QaMetrics.From(items);

        Assert.Equal(0.5, metrics.FactRate);
        Assert.Equal(0.5, metrics.FalseRefusalRate);
        Assert.Equal(0.5, metrics.RefusalAccuracy);
        Assert.Equal(0.5, metrics.RefusalPrecision);
        Assert.Equal(0.5, metrics.CitationPrecision);
        Assert.Equal(1, metrics.CitationValidity);
        Assert.Equal(0.5, metrics.PassRate);
        Assert.Equal("trả lời câu hỏi mà văn bản không trả lời được (lẽ ra phải từ chối)", items[3].Failure);
    }

    [Theory]
    [InlineData("Hà Nội có 10 trường; khai giảng ngày 5/9.", true)]
    [InlineData("Hà Nội có 10 trường.", false)]
    public void Score_TwoQuestionsLine_StatesTheFactOnlyWithEveryFact(string text, bool expected)
    {
        var evaluator = new QaEvaluator(new FixedAnswerer(), TestDocuments.All);
        var twoQuestions = Signer with { Facts = ["10 trường", "5/9"], Tags = [GoldQuestion.TwoQuestionsTag] };

        var result = evaluator.Score(twoQuestions, Answer(text, false, [], []));

        Assert.Equal(expected, result.StatesFact);
        Assert.Equal(!expected, result.IsWrongAnswer);
    }

    [Fact]
    public void Score_OtherLineWithSeveralFacts_StatesTheFactWithAnyOne()
    {
        var evaluator = new QaEvaluator(new FixedAnswerer(), TestDocuments.All);

        var result = evaluator.Score(Signer with { Facts = ["10 trường", "5/9"] }, Answer("Hà Nội có 10 trường.", false, [], []));

        Assert.True(result.StatesFact);
    }

    [Fact]
    public void QaMetrics_AnsweredWithoutTheFact_CountsAsWrongAnswerNotAsFalseRefusal()
    {
        var evaluator = new QaEvaluator(new FixedAnswerer(), TestDocuments.All);
        var items = new[]
        {
            evaluator.Score(Signer, Answer("Lê Thành Long ký.", false, [], [])),
            evaluator.Score(Signer with { Id = "q5" }, Answer("Bộ Giáo dục và Đào tạo ký.", false, [], [])),
            evaluator.Score(Signer with { Id = "q6" }, Answer("Xin lỗi, văn bản không nói.", true, [], [])),
            evaluator.Score(Signer with { Id = "q7" }, Answer("Bộ Giáo dục và Đào tạo ký.", false, [], [])),
            evaluator.Score(OutOfScope, Answer("Học phí là 1 triệu đồng.", false, [], [])),
        };

        var metrics = QaMetrics.From(items);

        Assert.Equal(0.25, metrics.FactRate);
        Assert.Equal(0.25, metrics.FalseRefusalRate);
        Assert.Equal(0.5, metrics.WrongAnswerRate);
        Assert.Equal(0, metrics.RefusalAccuracy);
        Assert.False(items[4].IsWrongAnswer); // an unanswerable question answered is a missed refusal, counted there
    }

    [Fact]
    public void QaMetricSet_TaggedQuestions_ReportFalseRefusalAndWrongAnswerRatesPerTagAndOverall()
    {
        var evaluator = new QaEvaluator(new FixedAnswerer(), TestDocuments.All);
        var items = new[]
        {
            evaluator.Score(Signer, Answer("Bộ Giáo dục và Đào tạo ký.", false, [], [])),
            evaluator.Score(Signer with { Id = "q8", Tags = ["colloquial"] }, Answer("Xin lỗi, văn bản không nói.", true, [], [])),
            evaluator.Score(OutOfScope, Answer("Xin lỗi, văn bản không nói.", true, [], [])),
        };
        var run = new QaRun([.. items.Select(i => i.Gold)], [], [new QaModeRun("extractive", items)], null);

        var metrics = QaMetricSet.From(run);

        Assert.Equal(0.5, metrics["wrongAnswerRate"]);
        Assert.Equal(0.5, metrics["falseRefusalRate"]);
        Assert.Equal(1, metrics["typeWhoWrongAnswerRate"]);
        Assert.Equal(0, metrics["typeWhoFalseRefusalRate"]);
        Assert.Equal(1, metrics["colloquialFalseRefusalRate"]);
        Assert.Equal(0, metrics["colloquialWrongAnswerRate"]);
        Assert.Null(metrics["outOfScopeWrongAnswerRate"]);
        Assert.Equal(1, metrics["outOfScopeRefusalAccuracy"]);
    }

    [Fact]
    public async Task RunAsync_TwoQuestions_KeepsOrderSetsIdsAndReportsProgress()
    {
        var evaluator = new QaEvaluator(new FixedAnswerer(), TestDocuments.All);
        var counts = new List<int>();

        var results = await evaluator.RunAsync([Signer, OutOfScope], new SynchronousProgress(counts), TestContext.Current.CancellationToken);

        Assert.Equal(["q1", "q2"], results.Select(r => r.Answer.Id));
        Assert.Equal([false, true], results.Select(r => r.Passed));
        Assert.Equal([1, 2], counts);
    }

    private static Citation Cite(string doc, string text) => new(doc, "1", doc, text);

    private static Answer Answer(string text, bool refused, IReadOnlyList<Citation> citations, IReadOnlyList<(string Doc, string Text)> passages) => new()
    {
        Question = "?",
        Text = text,
        Refused = refused,
        Citations = citations,
        Passages = [.. passages.Select(p => new PassageResult(p.Doc, "1", p.Text, 1))],
        ElapsedMs = 2,
    };

    /// <summary>Refuses every question, as a real answerer does for what the documents do not say.</summary>
    private sealed class FixedAnswerer : IAnswerer
    {
        public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken = default) =>
            Task.FromResult(Answer("Xin lỗi, văn bản không nói.", true, [], []) with { Question = question });

        public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            yield return new AnswerFinal(await AnswerAsync(question, cancellationToken));
        }
    }
}
