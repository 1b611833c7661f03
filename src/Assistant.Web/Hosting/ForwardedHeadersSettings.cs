using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Assistant.Web.Hosting;

/// <summary>
/// Reverse proxies trusted to say who the client is (<c>ForwardedHeaders</c> section). With none listed (the default),
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are ignored and the client is the connection's address; with some,
/// the address and scheme they forward are used (login throttle, rate limit, HTTPS cookies).
/// </summary>
public sealed class ForwardedHeadersSettings : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of the trusted proxies, e.g. <c>127.0.0.1</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. <c>10.0.0.0/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Proxies in front of each other whose entries are read, last first.</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    /// <summary>True when any proxy is trusted.</summary>
    public bool IsEnabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownProxies: \"{proxy}\" is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownNetworks: \"{network}\" is not a CIDR network.", [nameof(KnownNetworks)]);
        }
    }
}
