using Assistant.Core.Monitoring;
using Assistant.Review.Accounts;
using Assistant.Review.Posts;
using Assistant.Review.Tests.Support;
using Assistant.Review.Workflow;

namespace Assistant.Review.Tests.Posts;

public sealed class PostBrowserTests
{
    private static readonly ReviewActor Admin = new("admin", ReviewRoles.Admin, null);
    private static readonly ReviewActor CanTho = new("ct", ReviewRoles.Spokesperson, "can-tho");
    private static readonly ReviewActor LangSon = new("ls", ReviewRoles.Spokesperson, "lang-son");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_Spokesperson_SeesOwnProvincesPostsFlaggedOrNot_AdminSeesAll()
    {
        await using var host = ReviewTestHost.Create();
        Unflagged(host, "c1", "Cần Thơ đặt mục tiêu 90% cán bộ được tiếp cận thông tin về Nghị quyết 71.");
        Unflagged(host, "l1", "Lạng Sơn tổ chức tập huấn truyền thông cho giáo viên.");
        var browser = host.Get<PostBrowser>();

        var canTho = await browser.SearchAsync(CanTho, new PostSearch(), Ct);
        var langSon = await browser.SearchAsync(LangSon, new PostSearch(), Ct);
        var all = await browser.SearchAsync(Admin, new PostSearch(), Ct);

        Assert.Equal(["c1"], canTho.Select(p => p.Post.Post.ExternalId));
        Assert.Equal("can-tho", canTho[0].Province);
        Assert.False(canTho[0].InQueue);
        Assert.Equal(["l1"], langSon.Select(p => p.Post.Post.ExternalId));
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task Escalate_UnflaggedPost_CreatesItemAuditedAsTheSpokespersonWithTheNote()
    {
        await using var host = ReviewTestHost.Create();
        await host.AddAccountsAsync();
        var post = Unflagged(host, "c1", "Cần Thơ đặt mục tiêu 90% cán bộ được tiếp cận thông tin về Nghị quyết 71.");
        var browser = host.Get<PostBrowser>();

        var itemId = await browser.EscalateAsync(CanTho, post.Id, "  Cần đăng lại thông tin chính thức.  ", Ct);

        var item = (await host.Repository.FindAsync(itemId, Ct))!;
        Assert.Equal("can-tho", item.Province);
        Assert.Equal("c1", Assert.Single(item.Posts).ExternalId);
        var audit = await host.Repository.AuditAsync(itemId, Ct);
        var escalated = Assert.Single(audit, a => a.Action == ReviewActions.Escalated);
        Assert.Equal("ct", escalated.Actor);
        Assert.EndsWith("Cần đăng lại thông tin chính thức.", escalated.Detail, StringComparison.Ordinal);
        Assert.True((await browser.SearchAsync(CanTho, new PostSearch(), Ct))[0].InQueue);
    }

    [Fact]
    public async Task Escalate_TwiceOrWithoutNoteOrOtherProvince_RefusedInVietnamese()
    {
        await using var host = ReviewTestHost.Create();
        var post = Unflagged(host, "c1", "Cần Thơ đặt mục tiêu 90% cán bộ được tiếp cận thông tin về Nghị quyết 71.");
        var browser = host.Get<PostBrowser>();

        var noNote = await Assert.ThrowsAsync<ReviewException>(() => browser.EscalateAsync(CanTho, post.Id, " ", Ct));
        var otherProvince = await Assert.ThrowsAsync<ReviewException>(() => browser.EscalateAsync(LangSon, post.Id, "xem lại", Ct));
        var unknown = await Assert.ThrowsAsync<ReviewException>(() => browser.EscalateAsync(Admin, 999, "xem lại", Ct));
        await browser.EscalateAsync(Admin, post.Id, "xem lại", Ct);
        var twice = await Assert.ThrowsAsync<ReviewException>(() => browser.EscalateAsync(CanTho, post.Id, "xem lại", Ct));

        Assert.Equal(ReviewErrorKind.Invalid, noNote.Kind);
        Assert.Contains("lý do", noNote.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewErrorKind.NotFound, otherProvince.Kind);
        Assert.Equal(ReviewErrorKind.NotFound, unknown.Kind);
        Assert.Equal(ReviewErrorKind.Invalid, twice.Kind);
        Assert.Equal("Bài viết này đã có trong hàng chờ.", twice.Message);
    }

    private static ArchivedPost Unflagged(ReviewTestHost host, string id, string text) =>
        host.Archive.Add(new Post("rss:bao", id, text), new ScoredPost { Id = id, Label = PostLabel.Accurate, Score = 0.1 }, ReviewTestHost.Start);
}
