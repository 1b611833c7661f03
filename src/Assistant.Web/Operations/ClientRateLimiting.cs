using System.Globalization;
using System.Threading.RateLimiting;
using Assistant.Web.Api;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Operations;

/// <summary>The API's per-client rate limit: a fixed window per client address, 429 with Retry-After beyond it.</summary>
public static class ClientRateLimiting
{
    /// <summary>Name of the policy the API group requires.</summary>
    public const string PolicyName = "per-client";

    /// <summary>Registers the policy with limits from <see cref="RateLimitingOptions"/>.</summary>
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, http =>
            {
                var settings = http.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PermitLimit,
                        Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    });
            });
            limiter.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : http.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.WindowSeconds;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ApiProblems.WriteAsync(
            http,
            StatusCodes.Status429TooManyRequests,
            $"Bạn đã gửi quá nhiều câu hỏi trong thời gian ngắn. Vui lòng thử lại sau {seconds} giây.");
    }
}
