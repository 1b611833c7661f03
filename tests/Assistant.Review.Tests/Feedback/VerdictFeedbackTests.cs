using System.Text.Json;
using Assistant.Core.Monitoring;
using Assistant.Review.Feedback;
using Assistant.Review.Items;
using Assistant.Review.Tests.Support;
using Assistant.Review.Workflow;

namespace Assistant.Review.Tests.Feedback;

public sealed class VerdictFeedbackTests
{
    private static readonly ReviewActor Admin = new("admin", "admin", null);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KnownClaims_FalseAndMisleadingVerdicts_BecomeClaimsWithTheirNote()
    {
        await using var host = ReviewTestHost.Create();
        await host.SubmitAsync("p1", "Nghị quyết 71-NQ/TW đã bị bãi bỏ");
        await host.SubmitAsync("p2", "Học phí năm nay tăng gấp ba");
        await host.SubmitAsync("p3", "Nhà trường tổ chức hội thảo về chuyển đổi số");
        var items = (await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct)).Select(r => r.Item).OrderBy(i => i.Id).ToList();
        await host.Reviews.SetVerdictAsync(Admin, items[0].Id, items[0].Version, ReviewVerdicts.False, "Không có văn bản nào bãi bỏ Nghị quyết 71.", Ct);
        await host.Reviews.SetVerdictAsync(Admin, items[1].Id, items[1].Version, ReviewVerdicts.Misleading, null, Ct);
        await host.Reviews.SetVerdictAsync(Admin, items[2].Id, items[2].Version, ReviewVerdicts.Accurate, null, Ct);

        var claims = await host.Get<IKnownClaimSource>().GetClaimsAsync(Ct);

        Assert.Equal(2, claims.Count);
        var repealed = claims.Single(c => c.Verdict == ReviewVerdicts.False);
        Assert.Equal("Nghị quyết 71-NQ/TW đã bị bãi bỏ", repealed.Text);
        Assert.Equal("Không có văn bản nào bãi bỏ Nghị quyết 71.", repealed.Note);
        Assert.Equal($"review-{items[0].Id}", repealed.Id);
        Assert.Contains(claims, c => c.Verdict == ReviewVerdicts.Misleading && c.Text == "Học phí năm nay tăng gấp ba");
    }

    [Fact]
    public async Task KnownClaims_NewPostRepeatingAFalseClaim_MatchesItsClaimText()
    {
        await using var host = ReviewTestHost.Create();
        await host.SubmitAsync("p1", "Nghị quyết 71-NQ/TW đã bị bãi bỏ, giáo viên không cần học nữa");
        var item = (await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct)).Single().Item;
        await host.Reviews.SetVerdictAsync(Admin, item.Id, item.Version, ReviewVerdicts.False, null, Ct);

        var claims = await host.Get<IKnownClaimSource>().GetClaimsAsync(Ct);
        const string repeated = "nghi quyet 71-NQ/TW da bi bai bo, giao vien khong can hoc nua";

        var match = claims.MaxBy(c => NearDuplicates.Similarity(c.Text, repeated))!;
        Assert.Equal(ReviewVerdicts.False, match.Verdict);
        Assert.True(NearDuplicates.Similarity(match.Text, repeated) > 0.9);
    }

    [Fact]
    public async Task KnownClaims_NothingChanged_SameListUntilAnItemChanges()
    {
        await using var host = ReviewTestHost.Create();
        await host.SubmitAsync("p1", "Nghị quyết 71-NQ/TW đã bị bãi bỏ");
        var source = host.Get<IKnownClaimSource>();
        var before = await source.GetClaimsAsync(Ct);
        Assert.Same(before, await source.GetClaimsAsync(Ct));

        var item = (await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct)).Single().Item;
        await host.Reviews.SetVerdictAsync(Admin, item.Id, item.Version, ReviewVerdicts.False, null, Ct);
        var after = await source.GetClaimsAsync(Ct);

        Assert.Empty(before);
        Assert.Equal($"review-{item.Id}", Assert.Single(after).Id);
        Assert.Same(after, await source.GetClaimsAsync(Ct));
    }

    [Fact]
    public async Task TrainingExport_Verdicts_MapToClassifierLabelsOnePerPost()
    {
        var items = new[]
        {
            TestItems.Create(1, ReviewVerdicts.False, "bài 1", "bài 1b"),
            TestItems.Create(2, ReviewVerdicts.Misleading, "bài 2"),
            TestItems.Create(3, ReviewVerdicts.Accurate, "bài 3"),
            TestItems.Create(4, ReviewVerdicts.Unrelated, "bài 4"),
            TestItems.Create(5, null, "bài 5"),
        };
        using var writer = new StringWriter();

        await TrainingExport.WriteAsync(items, writer, Ct);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["misinformation", "misinformation", "misinformation", "accurate", "unrelated"], lines.Select(l => l.GetProperty("label").GetString()));
        Assert.Equal("bài 1b", lines[1].GetProperty("text").GetString());
        Assert.Equal(3, lines[0].EnumerateObject().Count());
    }
}
