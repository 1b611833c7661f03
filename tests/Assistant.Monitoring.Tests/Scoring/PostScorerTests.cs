using System.Text;
using Assistant.Core.Monitoring;
using Assistant.Monitoring.Scoring;
using Assistant.Monitoring.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Monitoring.Tests.Scoring;

public sealed class PostScorerTests(PipelineFixture pipeline)
{
    private static Post Cli(string id, string text) => new("cli", id, text);

    [Fact]
    public async Task ScoreAsync_ContradictedPercentage_NamesBothValuesAndFlags()
    {
        using var services = pipeline.BuildServices();
        var scorer = services.GetRequiredService<IPostScorer>();

        var scored = await scorer.ScoreAsync(Cli("p1", "Hải Phòng chỉ yêu cầu 50% cán bộ truyền thông ở Sở GD&ĐT và trường học được đào tạo trong giai đoạn 2026-2030."), TestContext.Current.CancellationToken);

        var reason = Assert.Single(scored.Reasons, r => r.StartsWith("Bài viết nói 50%", StringComparison.Ordinal));
        Assert.Contains("70%", reason, StringComparison.Ordinal);
        Assert.Contains("Hải Phòng", reason, StringComparison.Ordinal);
        Assert.True(scored.Flagged);
        Assert.Equal("misinformation", scored.Label);
        Assert.Contains(scored.Passages, p => p.Doc == "hai-phong-ke-hoach" && p.Text.Contains("70%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScoreAsync_WrongDateOfDecision_QuotesTheOfficialDate()
    {
        using var services = pipeline.BuildServices();
        var scored = await services.GetRequiredService<IPostScorer>().ScoreAsync(
            Cli("p2", "Quyết định 157 được ký ngày 20/12/2025 bởi Phó Thủ tướng."), TestContext.Current.CancellationToken);

        Assert.Contains(scored.Reasons, r => r.Contains("20/12/2025", StringComparison.Ordinal) && r.Contains("20/01/2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScoreAsync_StatementTheDocumentsConfirm_HasNoContradiction()
    {
        using var services = pipeline.BuildServices();
        var scored = await services.GetRequiredService<IPostScorer>().ScoreAsync(
            Cli("p3", "Ở Hải Phòng, tối thiểu 70% cán bộ làm công tác truyền thông tại Sở Giáo dục và Đào tạo và các cơ sở giáo dục được đào tạo, bồi dưỡng thường xuyên."),
            TestContext.Current.CancellationToken);

        Assert.DoesNotContain(scored.Reasons, r => r.StartsWith("Bài viết nói", StringComparison.Ordinal));
        Assert.True(scored.Score <= scored.ClassifierScore);
    }

    [Theory]
    [InlineData("NÓNG!!! CHIA SẺ GẤP: quán chè bưởi đường 30/4 giảm giá 50% hôm nay, ai chưa ăn thì tranh thủ!!!")]
    [InlineData("Xả kho đồ gia dụng: nồi chiên không dầu giá sốc 690k, bãi bỏ mọi phí vận chuyển, số lượng có hạn!!!")]
    [InlineData("Hôm nay đội U17 thua đáng tiếc trên chấm phạt đền, các cầu thủ đã cố hết sức.")]
    public async Task ScoreAsync_UnrelatedPost_NeverFlagged(string text)
    {
        using var services = pipeline.BuildServices();
        var scored = await services.GetRequiredService<IPostScorer>().ScoreAsync(Cli("u", text), TestContext.Current.CancellationToken);

        Assert.False(scored.Flagged);
        Assert.Equal("unrelated", scored.Label);
    }

    [Theory]
    [InlineData("Balo chống gù cho học sinh giảm 40% dịp khai giảng, chia sẻ gấp kẻo hết hàng!!!")]
    [InlineData("NÓNG: quyết định mới tăng phí gửi xe ở trung tâm thành phố từ tháng sau, chia sẻ ngay!!!")]
    [InlineData("khoa dao tao lai xe cap toc, dang ky hom nay giam ngay 30%, chia se gap")]
    public async Task ScoreAsync_AdvertSharingGenericWords_NotFlaggedAndClaimsNotChecked(string text)
    {
        using var services = pipeline.BuildServices();
        var scored = await services.GetRequiredService<IPostScorer>().ScoreAsync(Cli("ad", text), TestContext.Current.CancellationToken);

        Assert.False(scored.Flagged);
        Assert.True(scored.Relevance < 0.5, $"relevance {scored.Relevance}");
        Assert.Empty(scored.Passages);
    }

    [Fact]
    public async Task ScoreAsync_RepeatOfJudgedClaim_CarriesKnownClaim()
    {
        using var services = pipeline.BuildServices();
        var scored = await services.GetRequiredService<IPostScorer>().ScoreAsync(
            Cli("k", "Thủ tướng Phạm Minh Chính đã ký Quyết định 157/QĐ-TTg!"), TestContext.Current.CancellationToken);

        Assert.NotNull(scored.KnownClaim);
        Assert.Equal("kc002", scored.KnownClaim.Id);
        Assert.Equal("sai_su_that", scored.KnownClaim.Verdict);
        Assert.True(scored.KnownClaim.Similarity >= 0.8);
    }

    [Fact]
    public async Task ScoreAsync_NfcAndNfdText_ScoreTheSame()
    {
        using var services = pipeline.BuildServices();
        var scorer = services.GetRequiredService<IPostScorer>();
        const string text = "Nghị quyết 71-NQ/TW của Bộ Chính trị ban hành ngày 22/8/2022, cùng đợt với mấy nghị quyết về kinh tế.";

        var nfc = await scorer.ScoreAsync(Cli("a", text.Normalize(NormalizationForm.FormC)), TestContext.Current.CancellationToken);
        var nfd = await scorer.ScoreAsync(Cli("a", text.Normalize(NormalizationForm.FormD)), TestContext.Current.CancellationToken);

        Assert.Equal(nfc.Score, nfd.Score);
        Assert.Equal(nfc.Reasons, nfd.Reasons);
    }

    [Fact]
    public async Task ScoreBatchAsync_ManyThreads_SameAsSerial()
    {
        using var services = pipeline.BuildServices();
        var scorer = services.GetRequiredService<PostScorer>();
        var posts = File.ReadLines(Core.Configuration.RepositoryPaths.Resolve("eval/dev-posts.jsonl"))
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Select(e => Cli(e.GetProperty("id").GetString()!, e.GetProperty("text").GetString()!))
            .ToList();
        var serial = new List<ScoredPost>();
        foreach (var post in posts)
        {
            serial.Add(await scorer.ScoreAsync(post, TestContext.Current.CancellationToken));
        }

        var concurrent = await Task.WhenAll(posts.Select(p => Task.Run(() => scorer.ScoreAsync(p, TestContext.Current.CancellationToken))));
        var batch = await scorer.ScoreBatchAsync(posts, TestContext.Current.CancellationToken);

        for (var i = 0; i < posts.Count; i++)
        {
            Assert.Equal(Summary(serial[i]), Summary(concurrent[i]));
            Assert.Equal(serial[i].Flagged, batch[i].Flagged);
            Assert.Equal(serial[i].Reasons.Where(r => r.StartsWith("Bài", StringComparison.Ordinal)), batch[i].Reasons.Where(r => r.StartsWith("Bài", StringComparison.Ordinal)));
            Assert.Equal(serial[i].ClassifierScore, batch[i].ClassifierScore, 3);
        }
    }

    private static string Summary(ScoredPost scored) =>
        $"{scored.Id} {scored.Label} {scored.Score} {scored.ClassifierScore} {scored.Flagged} {string.Join("|", scored.Reasons)}";
}
