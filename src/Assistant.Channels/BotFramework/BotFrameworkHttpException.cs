using System.Net;
using System.Net.Http.Headers;

namespace Assistant.Channels.BotFramework;

/// <summary>The Bot Connector or the token endpoint answered with an error status.</summary>
internal sealed class BotFrameworkHttpException(string message, HttpStatusCode status, TimeSpan? retryAfter)
    : HttpRequestException(message, null, status)
{
    /// <summary>How long the server asked to wait (<c>Retry-After</c>), if it did.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>True for 429 and 5xx: worth retrying.</summary>
    public bool IsTransient => StatusCode is HttpStatusCode.TooManyRequests || (int?)StatusCode >= 500;

    /// <summary>The exception for an unsuccessful <paramref name="response"/> to a call of <paramref name="what"/>.</summary>
    public static BotFrameworkHttpException From(string what, HttpResponseMessage response, DateTimeOffset now) =>
        new($"{what} answered {(int)response.StatusCode}", response.StatusCode, RetryAfterOf(response.Headers.RetryAfter, now));

    private static TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
