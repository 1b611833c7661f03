namespace Assistant.Answering.Tests.Llm.Fakes;

/// <summary>An HTTP handler that counts the requests it is given and fails each one: proof that nothing went out.</summary>
public sealed class CountingHandler : HttpMessageHandler
{
    private int calls;

    /// <summary>Requests seen.</summary>
    public int Calls => Volatile.Read(ref calls);

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        throw new InvalidOperationException($"No network call was expected, got {request.Method} {request.RequestUri}.");
    }
}
