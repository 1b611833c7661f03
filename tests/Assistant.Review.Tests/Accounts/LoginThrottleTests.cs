using Assistant.Review.Accounts;
using Assistant.Review.Tests.Support;

namespace Assistant.Review.Tests.Accounts;

public sealed class LoginThrottleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryBegin_LoginAndAddressLimitsApartAndTheWindowExpires()
    {
        await using var host = ReviewTestHost.Create(new Dictionary<string, string?> { ["Review:LoginAttempts"] = "2", ["Review:AddressLoginAttempts"] = "3", ["Review:LoginWindowMinutes"] = "15" });
        var throttle = host.Get<LoginThrottle>();

        Assert.NotNull(await throttle.TryBeginAsync("CT", "203.0.113.1", Ct));
        Assert.NotNull(await throttle.TryBeginAsync("ct ", "203.0.113.2", Ct));
        Assert.Null(await throttle.TryBeginAsync("ct", "203.0.113.3", Ct));
        Assert.NotNull(await throttle.TryBeginAsync("ls", "203.0.113.1", Ct));
        Assert.NotNull(await throttle.TryBeginAsync("hp", "203.0.113.1", Ct));
        Assert.Null(await throttle.TryBeginAsync("qn", "203.0.113.1", Ct));

        host.Time.Advance(TimeSpan.FromMinutes(16));

        Assert.NotNull(await throttle.TryBeginAsync("ct", "203.0.113.1", Ct));
        Assert.Equal(["1"], host.Column("SELECT COUNT(*) FROM login_attempts"));
    }

    [Fact]
    public async Task Succeed_ForgetsTheLoginsAttemptsAndThisOneOnly()
    {
        await using var host = ReviewTestHost.Create(new Dictionary<string, string?> { ["Review:LoginAttempts"] = "2" });
        var throttle = host.Get<LoginThrottle>();
        await throttle.TryBeginAsync("ct", "203.0.113.1", Ct);
        await throttle.TryBeginAsync("ls", "203.0.113.1", Ct);

        var attempt = await throttle.TryBeginAsync("ct", "203.0.113.1", Ct);
        await throttle.SucceedAsync("ct", attempt!.Value, Ct);

        Assert.Equal(["ls"], host.Column("SELECT login FROM login_attempts"));
    }

    [Fact]
    public async Task Sessions_EndedOrExpired_AreNotActive_UsedOnesSlide()
    {
        await using var host = ReviewTestHost.Create(new Dictionary<string, string?> { ["Review:SessionHours"] = "8" });
        var sessions = host.Get<ReviewSessions>();
        var ended = await sessions.StartAsync("ct", Ct);
        var used = await sessions.StartAsync("ct", Ct);
        var idle = await sessions.StartAsync("ls", Ct);

        await sessions.EndAsync(ended, Ct);
        host.Time.Advance(TimeSpan.FromHours(5));
        Assert.True(await sessions.IsActiveAsync(used, Ct));
        host.Time.Advance(TimeSpan.FromHours(5));

        Assert.False(await sessions.IsActiveAsync(ended, Ct));
        Assert.True(await sessions.IsActiveAsync(used, Ct));
        Assert.False(await sessions.IsActiveAsync(idle, Ct));
        Assert.False(await sessions.IsActiveAsync("khong-co", Ct));
    }
}
