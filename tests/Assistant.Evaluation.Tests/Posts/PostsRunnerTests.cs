using Assistant.Core.Monitoring;
using Assistant.Evaluation.Posts;

namespace Assistant.Evaluation.Tests.Posts;

public sealed class PostsRunnerTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task RunAsync_ScoredFile_MeasuresFlaggingAucsAndConfusion()
    {
        var gold = GoldPostReader.Read(folder.Write("gold.jsonl", """
            {"id":"a","text":"Bộ Y tế xử lý tin sai","label":"misinformation"}
            {"id":"b","text":"Học phí miễn cho trẻ mầm non","label":"misinformation"}
            {"id":"c","text":"Kế hoạch do Phó Thủ tướng ký","label":"accurate"}
            {"id":"d","text":"Thuốc nhỏ mắt nào tốt","label":"unrelated"}
            """));
        var scored = folder.Write("scored.jsonl", """
            {"id":"a","label":"misinformation","score":0.9,"classifierScore":0.8,"relevance":1,"flagged":true,"reasons":["sai cơ quan"]}
            {"id":"b","label":"accurate","score":0.4,"classifierScore":0.3,"relevance":1,"flagged":false}
            {"id":"c","label":"accurate","score":0.2,"classifierScore":0.3,"relevance":1,"flagged":false}
            {"id":"d","label":"unrelated","score":0.6,"classifierScore":0.1,"relevance":0.1,"flagged":true}
            """);

        var run = await PostsRunner.RunAsync(gold, Request(scoredPath: scored), cancellationToken: TestContext.Current.CancellationToken);

        var m = run.Metrics;
        Assert.Empty(run.Errors);
        Assert.Equal(new BinaryCounts(1, 1, 1, 1), m.Flagging);
        Assert.Equal(0.5, m.Flagging.F1);
        Assert.Equal(0.875, m.RocAuc); // classifier: 0.8 and 0.3 against 0.3 and 0.1, one tie
        Assert.Equal(0.75, m.RiskRocAuc); // risk: 0.9 and 0.4 against 0.2 and 0.6
        Assert.Equal(0.75, m.Confusion.Accuracy);
        Assert.Equal("bỏ sót tin sai (không gắn cờ)", run.Items.Single(i => i.Gold.Id == "b").Failure);
        Assert.True(run.Items.Single(i => i.Gold.Id == "a").Passed);
    }

    [Fact]
    public async Task RunAsync_BadGoldAndScoredLines_AreNamedAndTheRestRuns()
    {
        var gold = GoldPostReader.Read(folder.Write("gold.jsonl", """
            {"id":"a","text":"Bộ Y tế xử lý tin sai","label":"misinformation"}
            {"id":"b","text":"","label":"accurate"}
            {"id":"c","text":"Văn bản chính thức","label":"fake"}
            {"id":"a","text":"lặp lại","label":"accurate"}
            {"id":"e","text":"Kế hoạch do Phó Thủ tướng ký","label":"accurate"}
            {"id":"f","text":"Ai ký?","label":"accurate"}
            """));
        var scored = folder.Write("scored.jsonl", """
            {"id":"a","label":"misinformation","score":0.9,"classifierScore":0.8,"relevance":1,"flagged":true}
            {"id":"e","label":"accurate","score":1.7,"classifierScore":0.3,"relevance":1,"flagged":false}
            {"id":"f","label":"accurate","score":0.1,"classifierScore":0.2,"relevance":1,"flagged":false}
            """);

        var run = await PostsRunner.RunAsync(gold, Request(scoredPath: scored), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("gold.jsonl line 2: missing \"text\"", run.Errors);
        Assert.Contains(run.Errors, e => e.StartsWith("gold.jsonl line 3: unknown label \"fake\"", StringComparison.Ordinal));
        Assert.Contains(run.Errors, e => e.StartsWith("gold.jsonl line 4: id \"a\"", StringComparison.Ordinal));
        Assert.Contains(run.Errors, e => e.StartsWith("scored.jsonl line 2:", StringComparison.Ordinal));
        Assert.Contains("post \"e\": no scored post with this id", run.Errors);
        Assert.Equal(["a", "f"], run.Items.Select(i => i.Gold.Id));
    }

    [Fact]
    public async Task RunAsync_NoScorerNoFile_FailsWithAClearMessage()
    {
        var gold = GoldPostReader.Read(folder.Write("gold.jsonl", """{"id":"a","text":"x","label":"accurate"}"""));

        var error = await Assert.ThrowsAsync<PostsSetupException>(() => PostsRunner.RunAsync(gold, Request(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("--scored", error.Message, StringComparison.Ordinal);
        Assert.Contains("Chưa có bộ chấm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TrainFile_TrainsOursAndThePeerAndCrossValidates()
    {
        var train = folder.Write("train.jsonl", string.Join('\n', Enumerable.Range(0, 10).Select(i => i % 2 == 0
            ? $$"""{"id":"t{{i}}","text":"tin đồn bịa đặt số {{i}}","label":"misinformation"}"""
            : $$"""{"id":"t{{i}}","text":"thông báo chính thức số {{i}}","label":"accurate"}""")));
        var gold = GoldPostReader.Read(folder.Write("test.jsonl", """
            {"id":"x","text":"lại một tin đồn","label":"misinformation"}
            {"id":"y","text":"thông báo mới","label":"accurate"}
            {"id":"z","text":"bịa đặt trắng trợn","label":"accurate"}
            """));
        var ours = new KeywordTrainer("ours");
        var peer = new KeywordTrainer("peer");

        var run = await PostsRunner.RunAsync(gold, Request(trainPath: train, project: ours, peer: peer, folds: 5), cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(run.HasRiskScore);
        Assert.Null(run.Metrics.RiskRocAuc);
        Assert.Equal(0.75, run.Metrics.RocAuc);
        Assert.Equal(0.75, run.Metrics.Peer!.RocAuc);
        Assert.Equal("peer", run.PeerName);
        Assert.Equal(5, run.CrossValidation!.Folds.Count);
        Assert.All(run.CrossValidation.Folds, f => Assert.Equal((8, 2), (f.Train, f.Test)));
        Assert.Equal([10, 8, 8, 8, 8, 8], ours.TrainingSizes);
        Assert.Equal("bịa đặt trắng trợn", run.Items.Single(i => !i.Passed).Gold.Text);
    }

    private PostsRunRequest Request(string? trainPath = null, string? scoredPath = null, IClassifierTrainer? project = null, IClassifierTrainer? peer = null, int folds = 0) =>
        new(trainPath, scoredPath, null, project, peer, Path.Combine(folder.Path, "none.jsonl"), folds);

    public void Dispose() => folder.Dispose();
}
