namespace Assistant.Storage.Tests.Support;

/// <summary>A clock the test moves by hand (no timers: only for stores, which only read the time).</summary>
public sealed class ManualTime : TimeProvider
{
    /// <summary>The current time.</summary>
    public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now;
}
