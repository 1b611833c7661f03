using System.ComponentModel.DataAnnotations;

namespace Assistant.Web.Posts;

/// <summary>A client allowed to call the write API: its name (for logs), its key and what it may do.</summary>
public sealed class ApiKey
{
    /// <summary>Client name, logged instead of the key.</summary>
    [Required]
    public string Name { get; set; } = "";

    /// <summary>The secret sent in the <c>X-Api-Key</c> header.</summary>
    [Required]
    [MinLength(16)]
    public string Key { get; set; } = "";

    /// <summary>Scopes, e.g. <c>posts:write</c>.</summary>
    public List<string> Scopes { get; set; } = [];
}
