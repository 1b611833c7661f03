using Microsoft.Extensions.Options;

namespace Assistant.Web.Security;

/// <summary>API keys (<c>Api:Keys</c>): each sent in the <c>X-Api-Key</c> header and allowed the listed scopes.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Api";

    /// <summary>The keys; none by default (only logged-in accounts can use the review API). Each is validated by its attributes.</summary>
    [ValidateEnumeratedItems]
    public List<ApiKey> Keys { get; set; } = [];

    /// <summary>The configured key equal to <paramref name="presented"/> (constant-time compare), or null.</summary>
    public ApiKey? Find(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(presented);
        return Keys.FirstOrDefault(k => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(k.Key), bytes));
    }
}
