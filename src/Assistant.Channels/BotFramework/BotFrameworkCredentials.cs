using System.Security.Cryptography.X509Certificates;
using Assistant.Core.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Channels.BotFramework;

/// <summary>
/// How the bot proves itself to the token endpoint in the client-credentials flow: the client secret, or a client
/// assertion (RFC 7523) signed with the app registration's certificate, valid for ten minutes.
/// </summary>
internal sealed class BotFrameworkCredentials(IOptions<BotFrameworkOptions> options, TimeProvider time) : IDisposable
{
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static readonly TimeSpan AssertionLifetime = TimeSpan.FromMinutes(10);
    private readonly Lazy<X509Certificate2> _certificate = new(() => Load(options.Value));

    /// <summary>The form fields that authenticate the client: <c>client_secret</c>, or <c>client_assertion_type</c> and <c>client_assertion</c>.</summary>
    public IEnumerable<KeyValuePair<string, string>> FormFields()
    {
        var settings = options.Value;
        if (!settings.UsesCertificate)
        {
            yield return new("client_secret", settings.AppPassword);
            yield break;
        }

        var now = time.GetUtcNow().UtcDateTime;
        yield return new("client_assertion_type", AssertionType);
        yield return new("client_assertion", new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.AppId,
            Audience = settings.TokenEndpoint,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + AssertionLifetime,
            Claims = new Dictionary<string, object> { ["sub"] = settings.AppId, ["jti"] = Guid.NewGuid().ToString() },
            SigningCredentials = new X509SigningCredentials(_certificate.Value, SecurityAlgorithms.RsaSha256),
        }));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_certificate.IsValueCreated)
        {
            _certificate.Value.Dispose();
        }
    }

    private static X509Certificate2 Load(BotFrameworkOptions settings)
    {
        var path = RepositoryPaths.Resolve(settings.CertificatePath);
        var certificate = Path.GetExtension(path).ToLowerInvariant() is ".pfx" or ".p12"
            ? X509CertificateLoader.LoadPkcs12FromFile(path, string.IsNullOrEmpty(settings.CertificatePassword) ? null : settings.CertificatePassword)
            : X509Certificate2.CreateFromPemFile(path);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{BotFrameworkOptions.SectionName}:CertificatePath holds no private key.");
    }
}
