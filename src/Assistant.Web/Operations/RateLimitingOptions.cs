using System.ComponentModel.DataAnnotations;

namespace Assistant.Web.Operations;

/// <summary>Per-client limits on the API (<c>RateLimiting</c> section): a fixed window per client address.</summary>
public sealed class RateLimitingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "RateLimiting";

    /// <summary>Requests one client may make per window.</summary>
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 30;

    /// <summary>Window length in seconds.</summary>
    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
