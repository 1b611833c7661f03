using Assistant.Channels.Delivery;

namespace Assistant.Channels.Tests.Delivery;

public sealed class ChatRateLimiterTests
{
    [Fact]
    public void TryAcquire_OverLimit_RefusedUntilWindowPasses()
    {
        var time = new ManualTime();
        var limiter = new ChatRateLimiter(2, TimeSpan.FromMinutes(1), time);

        Assert.True(limiter.TryAcquire("a"));
        Assert.True(limiter.TryAcquire("a"));
        Assert.False(limiter.TryAcquire("a"));
        Assert.True(limiter.TryAcquire("b"));
        time.Now += TimeSpan.FromMinutes(1);
        Assert.True(limiter.TryAcquire("a"));
    }

    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
