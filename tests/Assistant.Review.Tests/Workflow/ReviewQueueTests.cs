using Assistant.Core.Monitoring;
using Assistant.Review.Items;
using Assistant.Review.Tests.Support;
using Assistant.Review.Workflow;

namespace Assistant.Review.Tests.Workflow;

public sealed class ReviewQueueTests
{
    private static readonly ReviewActor Admin = new("admin", "admin", null);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submit_PostNamingProvince_CreatesItemAssignedToThatProvincesSpokesperson()
    {
        await using var host = ReviewTestHost.Create();
        await host.AddAccountsAsync();

        await host.SubmitAsync("p1", "Nghe nói Cần Thơ chỉ 50% giáo viên được đào tạo truyền thông, thật không?");

        var item = Assert.Single(await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct)).Item;
        Assert.Equal("can-tho", item.Province);
        Assert.Equal("ct", item.AssignedTo);
        Assert.Equal(ReviewStates.New, item.State);
        Assert.Equal(0.9, item.Risk);
        Assert.Equal(["tao_muc", "phan_cong"], (await host.Repository.AuditAsync(item.Id, Ct)).Select(a => a.Action));
    }

    [Fact]
    public async Task Submit_NoProvinceInText_TakesTheProvinceOfTheMatchedDocument()
    {
        await using var host = ReviewTestHost.Create();
        await host.SubmitAsync("p1", "Tỉnh mình bỏ kế hoạch truyền thông Nghị quyết 71 rồi", passages: [new OfficialPassage("lang-son-ke-hoach", "II.1", "Kế hoạch …")]);

        var item = Assert.Single(await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct)).Item;
        Assert.Equal("lang-son", item.Province);
        Assert.Null(item.AssignedTo);
    }

    [Fact]
    public async Task Submit_NearDuplicate_JoinsTheClusterInsteadOfANewItem()
    {
        await using var host = ReviewTestHost.Create();
        await host.SubmitAsync("p1", "Nghị quyết 71-NQ/TW đã bị bãi bỏ từ tháng này, các trường không phải làm nữa", risk: 0.7);
        await host.SubmitAsync("p2", "NGHỊ QUYẾT 71-NQ/TW đã bị bãi bỏ từ tháng này, các trường không phải làm nữa!!!", risk: 0.95);
        await host.SubmitAsync("p3", "Học phí năm học mới ở Hà Nội tăng gấp đôi", risk: 0.8);

        var items = await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct);
        Assert.Equal(2, items.Count);
        var cluster = items.Single(i => i.Item.Posts.Count == 2).Item;
        Assert.Equal(0.95, cluster.Risk);
        Assert.Equal(2, cluster.Version);
        Assert.Contains(await host.Repository.AuditAsync(cluster.Id, Ct), a => a.Action == "gom_cum" && a.Detail.Contains("api/p2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_SamePostTwice_IsStoredOnce()
    {
        await using var host = ReviewTestHost.Create();
        await host.SubmitAsync("p1", "Học phí tăng gấp đôi");
        await host.SubmitAsync("p1", "Học phí tăng gấp đôi");

        Assert.Equal(["1"], host.Column("SELECT COUNT(*) FROM posts"));
    }

    [Fact]
    public async Task Submit_RiskAboveAlertRisk_AlertsTheSpokespersonWithAChat()
    {
        await using var host = ReviewTestHost.Create();
        await host.AddAccountsAsync();

        await host.SubmitAsync("p1", "Cần Thơ cắt toàn bộ kinh phí truyền thông giáo dục", risk: 0.95);
        await host.SubmitAsync("p2", "Ở Cần Thơ năm nay học sinh được nghỉ hè sớm hai tháng", risk: 0.5);
        await host.SubmitAsync("p3", "Lạng Sơn cắt toàn bộ kinh phí truyền thông giáo dục năm 2026", risk: 0.95);

        var alert = Assert.Single(host.Alerts.Sent);
        Assert.Equal("4242", alert.TelegramChat);
        Assert.Equal("ct", alert.Login);
        Assert.Contains("rủi ro", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_PriorityAndSla_RiskReachRecencyOrderAndOverdueAfterSlaHours()
    {
        await using var host = ReviewTestHost.Create(new Dictionary<string, string?> { ["Review:SlaHours"] = "24" });
        await host.SubmitAsync("old", "Trường học ở Quảng Ngãi phải đóng cửa vì thiếu giáo viên", risk: 0.7);
        host.Time.Advance(TimeSpan.FromHours(20));
        await host.SubmitAsync("viral", "Sách giáo khoa mới sẽ thu phí gấp ba lần", risk: 0.6, shares: 500);
        await host.SubmitAsync("quiet", "Giáo viên sẽ bị cắt phụ cấp từ tháng sau", risk: 0.6);

        var before = await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct);
        Assert.Equal(["viral", "quiet", "old"], before.Select(r => r.Item.Posts[0].ExternalId));
        Assert.DoesNotContain(before, r => r.Overdue);

        host.Time.Advance(TimeSpan.FromHours(5));
        var after = await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct);
        Assert.Equal(["old"], after.Where(r => r.Overdue).Select(r => r.Item.Posts[0].ExternalId));
    }
}
