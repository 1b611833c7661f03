using Assistant.Review.Accounts;
using Assistant.Review.Tests.Support;

namespace Assistant.Review.Tests.Accounts;

public sealed class AccountServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_Password_IsStoredOnlyAsASaltedHash()
    {
        await using var host = ReviewTestHost.Create();
        await host.Accounts.AddAsync("a", "mat-khau-rat-dai", ReviewRoles.Admin, null, null, null, Ct);
        await host.Accounts.AddAsync("b", "mat-khau-rat-dai", ReviewRoles.Admin, null, null, null, Ct);

        var hashes = host.Column("SELECT password_hash FROM accounts ORDER BY login");
        Assert.DoesNotContain(hashes, h => h.Contains("mat-khau", StringComparison.Ordinal));
        Assert.NotEqual(hashes[0], hashes[1]);
        Assert.All(hashes, h => Assert.True(Convert.FromBase64String(h).Length > 40));
    }

    [Fact]
    public async Task Verify_RightWrongAndDisabled_OnlyTheRightPasswordOfAnEnabledAccountPasses()
    {
        await using var host = ReviewTestHost.Create();
        await host.Accounts.AddAsync("ct", "mat-khau-can-tho", ReviewRoles.Spokesperson, "can-tho", null, null, Ct);

        Assert.Equal("can-tho", (await host.Accounts.VerifyAsync("CT", "mat-khau-can-tho", Ct))?.Province);
        Assert.Null(await host.Accounts.VerifyAsync("ct", "mat-khau-sai-roi", Ct));
        Assert.True(await host.Get<IAccountStore>().DisableAsync("ct", Ct));
        Assert.Null(await host.Accounts.VerifyAsync("ct", "mat-khau-can-tho", Ct));
    }

    [Theory]
    [InlineData("4242", true)]
    [InlineData("-1001234567890", true)]
    [InlineData("@kenh_phat_ngon", true)]
    [InlineData("ct-telegram", false)]
    [InlineData("12 34", false)]
    [InlineData("@", false)]
    public async Task Add_TelegramChat_OnlyAnIdOrChannelNameTelegramAccepts(string chat, bool accepted)
    {
        await using var host = ReviewTestHost.Create();

        var error = await host.Accounts.AddAsync("ct", "mat-khau-can-tho", ReviewRoles.Spokesperson, "can-tho", null, chat, Ct);

        Assert.Equal(accepted, error is null);
        Assert.Equal(accepted ? chat : null, (await host.Get<IAccountStore>().ListAsync(Ct)).SingleOrDefault()?.TelegramChat);
        if (!accepted)
        {
            Assert.Contains("--telegram-chat", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("x", "ngan", "admin", null, "ít nhất")]
    [InlineData("x", "mat-khau-du-dai", "editor", null, "Vai trò")]
    [InlineData("x", "mat-khau-du-dai", "spokesperson", null, "--province")]
    [InlineData("có cách", "mat-khau-du-dai", "admin", null, "khoảng trắng")]
    public async Task Add_InvalidInput_IsRefusedInVietnamese(string login, string password, string role, string? province, string expected)
    {
        await using var host = ReviewTestHost.Create();
        var error = await host.Accounts.AddAsync(login, password, role, province, null, null, Ct);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Empty(await host.Get<IAccountStore>().ListAsync(Ct));
    }
}
