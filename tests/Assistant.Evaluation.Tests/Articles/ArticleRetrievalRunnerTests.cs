using Assistant.Core.Configuration;
using Assistant.Core.Provinces;
using Assistant.Evaluation.Articles;
using Assistant.Evaluation.Metrics;
using Assistant.Retrieval;
using Assistant.Retrieval.Parsing;
using Assistant.Retrieval.Search;
using Microsoft.Extensions.Options;

namespace Assistant.Evaluation.Tests.Articles;

public sealed class ArticleRetrievalRunnerTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Run_SyntheticLaws_RanksTheRightArticleFirstForEachQuestionAndRunsTheFts5Peer()
    {
        var (run, counts) = Run();

        Assert.Equal([1, 2, 3], counts);
        Assert.All(run.Items, i => Assert.Equal(1, i.Ours.Relevance.FirstRelevantRank));
        Assert.Equal(1, run.Overall.Ours.RecallAt1);
        Assert.Equal(3, run.Overall.Peer.Questions);
        Assert.Equal(["all", "Trắc nghiệm", "Tự luận", "Đúng/Sai"], run.Categories.Select(c => c.Type));
    }

    [Fact]
    public void ArticleMetricSet_Run_NamesOursPeerAndEachQuestionType()
    {
        var metrics = ArticleMetricSet.From(Run().Run);

        Assert.Equal(1, metrics["recallAt5"]);
        Assert.Equal(1, metrics["typeDungSaiRecallAt1"]);
        Assert.NotNull(metrics["peerRecallAt5"]);
        Assert.NotNull(metrics["peerTypeTracNghiemMrrAt10"]);
        Assert.Equal(2, metrics["laws"]);
        Assert.Equal(5, metrics["articles"]);
        Assert.Equal(0, metrics["passagesOutsideArticles"]);
        Assert.False(MetricDirection.LowerIsBetter("peerRecallAt5"));
    }

    public void Dispose() => folder.Dispose();

    private (ArticleRetrievalRun Run, List<int> Counts) Run()
    {
        var benchmark = ArticleBenchmark.Load(folder.Write("articles.json", TestLaws.ArticlesJson), folder.Write("questions.json", TestLaws.QuestionsJson), DocumentParser.Parse);
        using var ours = new LuceneRetriever(benchmark.Documents, ProvinceDirectory.Load(new CorpusOptions().ProvincesPath), Options.Create(new RetrievalOptions()));
        var counts = new List<int>();
        var run = new ArticleRetrievalRunner(TimeProvider.System, Options.Create(new EvaluationOptions())).Run(benchmark, ours, new SynchronousProgress(counts), TestContext.Current.CancellationToken);
        return (run, counts);
    }
}
