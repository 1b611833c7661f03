using System.ComponentModel.DataAnnotations;

namespace Assistant.Web.Security;

/// <summary>One API key: a name for logs and audit, the secret, and its scopes (<c>review:read</c>, <c>review:write</c>, <c>posts:write</c>).</summary>
public sealed class ApiKey
{
    /// <summary>Name used in the audit trail as <c>api:NAME</c>.</summary>
    [Required]
    public string Name { get; set; } = "";

    /// <summary>The secret; at least 24 characters.</summary>
    [Required]
    [MinLength(24)]
    public string Key { get; set; } = "";

    /// <summary>Scopes granted.</summary>
    public List<string> Scopes { get; set; } = [];
}
