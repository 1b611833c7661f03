using System.Security.Cryptography;
using System.Text;
using Assistant.Channels.Delivery;

namespace Assistant.Channels.Zalo;

/// <summary>
/// The webhook signature Zalo sends in <c>X-ZEvent-Signature</c>: <c>mac=</c> + SHA-256 hex of
/// app id + raw body + timestamp (the body's <c>timestamp</c>) + OA secret key.
/// </summary>
public static class ZaloSignature
{
    /// <summary>The header name.</summary>
    public const string Header = "X-ZEvent-Signature";

    private const string Prefix = "mac=";

    /// <summary>The lowercase hex SHA-256 (without the prefix).</summary>
    public static string Compute(string appId, string rawBody, string timestamp, string oaSecretKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(appId + rawBody + timestamp + oaSecretKey)));

    /// <summary>True when <paramref name="header"/> (with or without <c>mac=</c>, any hex case) matches, compared in constant time.</summary>
    public static bool Verify(string header, string appId, string rawBody, string timestamp, string oaSecretKey)
    {
        var given = header.Trim();
        if (given.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            given = given[Prefix.Length..];
        }

        return SecretComparer.AreEqual(given.ToLowerInvariant(), Compute(appId, rawBody, timestamp, oaSecretKey));
    }
}
