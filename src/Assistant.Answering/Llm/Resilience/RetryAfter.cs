using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;

namespace Assistant.Answering.Llm.Resilience;

/// <summary>The wait a server asked for in <c>Retry-After</c> (seconds or an HTTP date) or OpenAI's <c>retry-after-ms</c>.</summary>
public static class RetryAfter
{
    /// <summary>The requested wait, or null when the failed call's response asked for none.</summary>
    public static TimeSpan? From(Exception exception, DateTimeOffset now)
    {
        var response = FindResponse(exception);
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValue("retry-after-ms", out var ms)
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? (date > now ? date - now : TimeSpan.Zero)
            : null;
    }

    private static PipelineResponse? FindResponse(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is ClientResultException result && result.GetRawResponse() is { } response)
            {
                return response;
            }
        }

        return null;
    }
}
