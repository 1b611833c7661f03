namespace Assistant.Web.Posts;

/// <summary>API keys of the write API (<c>Api</c> section, <c>Api:Keys</c> = <c>[{Name, Key, Scopes}]</c>); none by default.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Api";

    /// <summary>The configured keys.</summary>
    public List<ApiKey> Keys { get; set; } = [];

    /// <summary>The key's client when it is configured, else null (keys compared in constant time).</summary>
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
