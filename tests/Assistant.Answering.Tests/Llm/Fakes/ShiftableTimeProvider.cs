namespace Assistant.Answering.Tests.Llm.Fakes;

/// <summary>
/// The system clock, except that <see cref="GetUtcNow"/> can be moved forward: a circuit breaker then sees its break
/// as over without the test waiting, while timers and timeouts still run in real time.
/// </summary>
public sealed class ShiftableTimeProvider : TimeProvider
{
    private long offsetTicks;

    /// <summary>Moves the wall clock forward.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));
}
