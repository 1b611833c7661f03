using Assistant.Review.Items;
using Assistant.Review.Tests.Support;
using Assistant.Review.Workflow;

namespace Assistant.Review.Tests.Workflow;

public sealed class ReviewServiceTests
{
    private static readonly ReviewActor Admin = new("admin", "admin", null);
    private static readonly ReviewActor CanTho = new("ct", "spokesperson", "can-tho");
    private static readonly ReviewActor LangSon = new("ls", "spokesperson", "lang-son");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Change_TwoReviewersFromTheSameVersion_SecondGetsConflictAndAuditHasOnlyAccepted()
    {
        await using var host = ReviewTestHost.Create();
        await host.AddAccountsAsync();
        var item = await SubmitCanThoAsync(host);

        var first = await host.Reviews.SetVerdictAsync(Admin, item.Id, item.Version, ReviewVerdicts.False, "Văn bản nói 100%", Ct);
        var conflict = await Assert.ThrowsAsync<ReviewException>(() => host.Reviews.SetVerdictAsync(CanTho, item.Id, item.Version, ReviewVerdicts.Accurate, null, Ct));

        Assert.Equal(ReviewErrorKind.Conflict, conflict.Kind);
        Assert.Contains("tải lại", conflict.Message, StringComparison.Ordinal);
        var stored = (await host.Reviews.GetAsync(Admin, item.Id, Ct)).Item;
        Assert.Equal(ReviewVerdicts.False, stored.Verdict);
        Assert.Equal(first.Version, stored.Version);
        Assert.Equal(["tao_muc", "phan_cong", "ket_luan"], (await host.Repository.AuditAsync(item.Id, Ct)).Select(a => a.Action));
    }

    [Fact]
    public async Task Change_ConcurrentWritersAtTheStore_ExactlyOneWins()
    {
        await using var host = ReviewTestHost.Create();
        var item = await SubmitCanThoAsync(host);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await host.Reviews.AddNoteAsync(Admin, item.Id, item.Version, $"ghi chú {i}", Ct);
                return true;
            }
            catch (ReviewException exception) when (exception.Kind == ReviewErrorKind.Conflict)
            {
                return false;
            }
        }, Ct)));

        Assert.Equal(1, attempts.Count(won => won));
        Assert.Single((await host.Reviews.GetAsync(Admin, item.Id, Ct)).Item.Notes);
        Assert.Single(await host.Repository.AuditAsync(item.Id, Ct), a => a.Action == "ghi_chu");
    }

    [Fact]
    public async Task Spokesperson_OtherProvincesItem_CannotReadOrChangeIt()
    {
        await using var host = ReviewTestHost.Create();
        await host.AddAccountsAsync();
        var item = await SubmitCanThoAsync(host);

        Assert.Empty(await host.Reviews.ListAsync(LangSon, new ReviewFilter(), Ct));
        Assert.Equal(ReviewErrorKind.NotFound, (await Assert.ThrowsAsync<ReviewException>(() => host.Reviews.GetAsync(LangSon, item.Id, Ct))).Kind);
        Assert.Equal(ReviewErrorKind.NotFound, (await Assert.ThrowsAsync<ReviewException>(() => host.Reviews.SetVerdictAsync(LangSon, item.Id, item.Version, ReviewVerdicts.False, null, Ct))).Kind);
        Assert.Single(await host.Reviews.ListAsync(CanTho, new ReviewFilter(), Ct));
        Assert.Equal(item.Version, (await host.Reviews.GetAsync(Admin, item.Id, Ct)).Item.Version);
    }

    [Fact]
    public async Task Workflow_VerdictThenResponded_StatesAndJudgedTimeFollow()
    {
        await using var host = ReviewTestHost.Create();
        var item = await SubmitCanThoAsync(host);

        var refused = await Assert.ThrowsAsync<ReviewException>(() => host.Reviews.SetStateAsync(Admin, item.Id, item.Version, ReviewStates.Responded, Ct));
        Assert.Equal(ReviewErrorKind.Invalid, refused.Kind);
        var inReview = await host.Reviews.SetStateAsync(Admin, item.Id, item.Version, ReviewStates.InReview, Ct);
        host.Time.Advance(TimeSpan.FromHours(3));
        var judged = await host.Reviews.SetVerdictAsync(Admin, item.Id, inReview.Version, ReviewVerdicts.Misleading, "Thiếu bối cảnh", Ct);
        var responded = await host.Reviews.SetStateAsync(Admin, item.Id, judged.Version, ReviewStates.Responded, Ct);

        Assert.Equal(ReviewStates.Judged, judged.State);
        Assert.Equal(ReviewTestHost.Start.AddHours(3), judged.JudgedAt);
        Assert.Equal(ReviewStates.Responded, responded.State);
        Assert.Equal("Thiếu bối cảnh", Assert.Single(responded.Notes).Text);
    }

    [Fact]
    public async Task Assign_SpokespersonOfAnotherProvince_IsRefused_AdminAccepted()
    {
        await using var host = ReviewTestHost.Create();
        await host.AddAccountsAsync();
        var item = await SubmitCanThoAsync(host);

        var refused = await Assert.ThrowsAsync<ReviewException>(() => host.Reviews.AssignAsync(Admin, item.Id, item.Version, "ls", Ct));
        var reassigned = await host.Reviews.AssignAsync(Admin, item.Id, item.Version, "admin", Ct);

        Assert.Equal(ReviewErrorKind.Invalid, refused.Kind);
        Assert.Equal("admin", reassigned.AssignedTo);
        Assert.Contains(await host.Repository.AuditAsync(item.Id, Ct), a => a.Action == "phan_cong" && a.Detail == "ct → admin");
    }

    [Fact]
    public async Task Restart_ItemsNotesAndAudit_AreStillThere()
    {
        await using var host = ReviewTestHost.Create();
        var item = await SubmitCanThoAsync(host);
        await host.Reviews.SetVerdictAsync(Admin, item.Id, item.Version, ReviewVerdicts.False, "Sai: văn bản nói 100%", Ct);

        await host.RestartAsync();

        var stored = (await host.Reviews.GetAsync(Admin, item.Id, Ct)).Item;
        Assert.Equal(ReviewVerdicts.False, stored.Verdict);
        Assert.Equal("Sai: văn bản nói 100%", Assert.Single(stored.Notes).Text);
        Assert.Equal(["tao_muc", "ket_luan"], (await host.Repository.AuditAsync(item.Id, Ct)).Select(a => a.Action));
    }

    [Fact]
    public async Task Draft_Empty_GeneratesAndStores_Edited_IsKeptAsWritten()
    {
        await using var host = ReviewTestHost.Create();
        var item = await SubmitCanThoAsync(host);

        var generated = await host.Reviews.SaveDraftAsync(Admin, item.Id, item.Version, null, Ct);
        var edited = await host.Reviews.SaveDraftAsync(Admin, item.Id, generated.Version, "Bản phản hồi đã sửa", Ct);

        Assert.Contains("\"Tối thiểu 100% cán bộ được đào tạo.\"", generated.Draft, StringComparison.Ordinal);
        Assert.Equal("Bản phản hồi đã sửa", edited.Draft);
        Assert.Equal(["tao_muc", "tao_ban_nhap", "ban_nhap"], (await host.Repository.AuditAsync(item.Id, Ct)).Select(a => a.Action));
    }

    private static async Task<ReviewItem> SubmitCanThoAsync(ReviewTestHost host)
    {
        await host.SubmitAsync("p1", "Cần Thơ chỉ đào tạo 50% cán bộ truyền thông", passages: [new Core.Monitoring.OfficialPassage("can-tho-ke-hoach", "II.2.a", "Tối thiểu 100% cán bộ được đào tạo.")]);
        return (await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct)).Single().Item;
    }
}
