using System.Net;
using System.Text.Json;
using Assistant.Answering.Llm.Resilience;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Assistant.Answering.Tests.Llm.Resilience;

public sealed class LlmFailuresTests
{
    public static TheoryData<Exception, string, bool> Failures => new()
    {
        { new TimeoutRejectedException(), "timeout", true },
        { new OperationCanceledException(), "timeout", false },
        { new BrokenCircuitException(), "circuit-open", false },
        { new HttpOperationException(HttpStatusCode.TooManyRequests, null, "busy", null), "http-429", true },
        { new HttpOperationException(HttpStatusCode.BadGateway, null, "down", null), "http-502", true },
        { new HttpOperationException(HttpStatusCode.RequestTimeout, null, "slow", null), "http-408", true },
        { new HttpOperationException(HttpStatusCode.Unauthorized, null, "key", null), "http-401", false },
        { new HttpOperationException("no response", new HttpRequestException("refused")), "connection-failed", true },
        { new JsonException("bad json"), "malformed-response", false },
        { new KernelException("no choices"), "malformed-response", false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void ReasonAndIsTransient_Failure_ClassifiedAsExpected(Exception failure, string reason, bool transient)
    {
        Assert.Equal(reason, LlmFailures.Reason(failure));
        Assert.Equal(transient, LlmFailures.IsTransient(failure));
    }
}
