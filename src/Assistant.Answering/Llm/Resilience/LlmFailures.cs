using System.ClientModel;
using System.Net;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Assistant.Answering.Llm.Resilience;

/// <summary>Reads what went wrong in a model call: the HTTP status, whether to retry, and the fallback reason.</summary>
public static class LlmFailures
{
    /// <summary>The HTTP status of a failed call, or null when no response came (or the exception is not from a call).</summary>
    public static int? StatusCode(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case HttpOperationException { StatusCode: { } status }:
                    return (int)status;
                case ClientResultException { Status: > 0 } result:
                    return result.Status;
                case HttpRequestException { StatusCode: { } status }:
                    return (int)status;
            }
        }

        return null;
    }

    /// <summary>True for failures worth another try: 408, 429, 5xx, a per-call timeout, or no connection.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        TimeoutRejectedException => true,
        BrokenCircuitException => false,
        _ when StatusCode(exception) is { } status => status is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500,
        _ => IsConnectionFailure(exception),
    };

    /// <summary>The Answer JSON's <c>fallbackReason</c> for a failed call.</summary>
    public static string Reason(Exception exception) => exception switch
    {
        LlmCallException call => call.Reason,
        BrokenCircuitException => "circuit-open",
        TimeoutRejectedException or OperationCanceledException => "timeout",
        _ when StatusCode(exception) is { } status => "http-" + status,
        _ when IsConnectionFailure(exception) => "connection-failed",
        _ => "malformed-response",
    };

    private static bool IsConnectionFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or System.Net.Sockets.SocketException or IOException)
            {
                return true;
            }
        }

        return false;
    }
}
