namespace Assistant.Channels.Tests.Fakes;

/// <summary>Calls a fake server received, with a way to wait until enough have arrived.</summary>
public sealed class CallLog
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly List<RecordedCall> _calls = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Records a call and wakes the waiters.</summary>
    public void Add(RecordedCall call)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _calls.Add(call);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>The calls of <paramref name="method"/> so far.</summary>
    public IReadOnlyList<RecordedCall> Of(string method)
    {
        lock (_gate)
        {
            return _calls.Where(c => c.Method == method).ToList();
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> calls of <paramref name="method"/> arrived (fails after a generous limit).</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForAsync(string method, int count)
    {
        using var limit = new CancellationTokenSource(Patience);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var calls = _calls.Where(c => c.Method == method).ToList();
                if (calls.Count >= count)
                {
                    return calls;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} call(s) of {method}, got {Of(method).Count}.");
            }
        }
    }
}
