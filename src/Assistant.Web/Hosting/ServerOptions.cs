using System.ComponentModel.DataAnnotations;

namespace Assistant.Web.Hosting;

/// <summary>Where the server listens when nothing else says so, and how long it drains on shutdown (<c>Server</c> section).</summary>
public sealed class ServerOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Server";

    /// <summary>Address used when neither <c>--urls</c>, <c>ASPNETCORE_URLS</c> nor <c>Kestrel:Endpoints</c> is set.</summary>
    [Required]
    public string DefaultUrls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// Days browsers are told to use HTTPS only (<c>Strict-Transport-Security</c> on HTTPS answers); 0 (the default) sends
    /// no HSTS. Behind a TLS-terminating proxy, list it in <c>ForwardedHeaders:KnownProxies</c> so requests count as HTTPS.
    /// </summary>
    [Range(0, 3650)]
    public int HstsMaxAgeDays { get; set; }

    /// <summary>Seconds requests in flight get to finish when the server stops.</summary>
    [Range(1, 600)]
    public int ShutdownTimeoutSeconds { get; set; } = 15;
}
