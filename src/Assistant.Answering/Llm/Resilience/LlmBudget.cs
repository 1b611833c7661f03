namespace Assistant.Answering.Llm.Resilience;

/// <summary>
/// The time left for the model's part of one answer: a token cancelled when the budget is spent (or the caller
/// gives up), and the deadline the retries must not pass.
/// </summary>
public sealed class LlmBudget : IDisposable
{
    private readonly CancellationTokenSource timer;
    private readonly CancellationTokenSource linked;
    private readonly TimeProvider time;

    /// <summary>Starts a budget of <paramref name="length"/> from now.</summary>
    public LlmBudget(TimeSpan length, TimeProvider time, CancellationToken cancellationToken)
    {
        this.time = time;
        Deadline = time.GetUtcNow() + length;
        timer = new CancellationTokenSource(length, time);
        linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
    }

    /// <summary>Cancelled when the budget is spent or the caller cancels.</summary>
    public CancellationToken Token => linked.Token;

    /// <summary>When the budget ends.</summary>
    public DateTimeOffset Deadline { get; }

    /// <summary>True once the budget (not the caller) ended the call.</summary>
    public bool Expired => timer.IsCancellationRequested;

    /// <summary>Time left.</summary>
    public TimeSpan Remaining => Deadline - time.GetUtcNow();

    /// <inheritdoc />
    public void Dispose()
    {
        linked.Dispose();
        timer.Dispose();
    }
}
