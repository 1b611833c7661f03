using Assistant.Core.Monitoring;
using Assistant.Review.Accounts;
using Assistant.Review.Items;
using Assistant.Review.Tests.Support;
using Assistant.Review.Workflow;

namespace Assistant.Review.Tests.Workflow;

public sealed class AssigneePickerTests
{
    private static readonly ReviewActor Admin = new("admin", "admin", null);
    private static readonly OfficialPassage CultureTask = new(
        "can-tho-ke-hoach",
        "V.3.a",
        "Sở Văn hóa, Thể thao và Du lịch chủ trì chỉ đạo, hướng dẫn các cơ quan báo chí, phát thanh, truyền hình tổ chức thông tin, tuyên truyền về Nghị quyết số 71-NQ/TW");

    private static readonly OfficialPassage EducationTask = new(
        "can-tho-ke-hoach",
        "V.1.b",
        "Chủ trì, phối hợp chặt chẽ với Ban Tuyên giáo và Dân vận Thành ủy, Sở Văn hóa, Thể thao và Du lịch, Sở Ngoại vụ tổ chức triển khai đồng bộ");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submit_PassageHeadedByAnAgencyWithASpokesperson_AssignsToThatAgency()
    {
        await using var host = ReviewTestHost.Create();
        await host.AddAccountsAsync();
        Assert.Null(await host.Accounts.AddAsync("ct-vh", "mat-khau-van-hoa", ReviewRoles.Spokesperson, "can-tho", "Sở VHTTDL thành phố Cần Thơ", null, Ct));

        await host.SubmitAsync("p1", "Cần Thơ cấm báo chí đưa tin về Nghị quyết 71", passages: [EducationTask, CultureTask]);

        var item = Assert.Single(await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct)).Item;
        Assert.Equal("ct-vh", item.AssignedTo);
    }

    [Fact]
    public async Task Submit_NoPassageNamesASpokespersonsAgency_AssignsToTheProvincesFirstSpokesperson()
    {
        await using var host = ReviewTestHost.Create();
        await host.AddAccountsAsync();
        Assert.Null(await host.Accounts.AddAsync("ct-yt", "mat-khau-y-te-ct", ReviewRoles.Spokesperson, "can-tho", "Sở Y tế Cần Thơ", null, Ct));

        await host.SubmitAsync("p1", "Cần Thơ cấm báo chí đưa tin về Nghị quyết 71", passages: [EducationTask, CultureTask]);

        var item = Assert.Single(await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct)).Item;
        Assert.Equal("ct", item.AssignedTo);
    }

    [Fact]
    public async Task Submit_AgencysSpokespersonDisabled_FallsBackToTheProvince()
    {
        await using var host = ReviewTestHost.Create();
        await host.AddAccountsAsync();
        Assert.Null(await host.Accounts.AddAsync("ct-vh", "mat-khau-van-hoa", ReviewRoles.Spokesperson, "can-tho", "Sở VHTTDL Cần Thơ", null, Ct));
        Assert.True(await host.Get<IAccountStore>().DisableAsync("ct-vh", Ct));

        await host.SubmitAsync("p1", "Cần Thơ cấm báo chí đưa tin về Nghị quyết 71", passages: [CultureTask]);

        var item = Assert.Single(await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct)).Item;
        Assert.Equal("ct", item.AssignedTo);
    }

    [Fact]
    public async Task Submit_ProvinceWithoutSpokesperson_StaysUnassignedForAnAdmin()
    {
        await using var host = ReviewTestHost.Create();
        await host.AddAccountsAsync();
        Assert.Null(await host.Accounts.AddAsync("hp-vh", "mat-khau-hai-phong", ReviewRoles.Spokesperson, "hai-phong", "Sở VHTTDL Hải Phòng", null, Ct));

        await host.SubmitAsync("p1", "Quảng Ngãi cấm báo chí đưa tin về Nghị quyết 71", passages: [CultureTask]);

        var item = Assert.Single(await host.Reviews.ListAsync(Admin, new ReviewFilter(), Ct)).Item;
        Assert.Equal("quang-ngai", item.Province);
        Assert.Null(item.AssignedTo);
        Assert.Equal(["tao_muc"], (await host.Repository.AuditAsync(item.Id, Ct)).Select(a => a.Action));
    }
}
