using System.Buffers.Text;
using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
using Assistant.Cli.Hosting;
using Assistant.Core.Configuration;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>apikey new --name NAME --scope S…</c>: generates a random API key (32 bytes, base64url, 43 characters) and prints
/// it as an <c>Api:Keys</c> entry for <c>appsettings.json</c> and as environment variables. Nothing is written: the
/// operator puts the secret where secrets go.
/// </summary>
public static class ApiKeyCommand
{
    private const int KeyBytes = 32;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Name of the key's holder (audit trail: api:NAME), e.g. feed-bot", Required = true };
        var scopes = new Option<string[]>("--scope")
        {
            Description = $"A scope to grant, repeatable: {string.Join(", ", ApiScopes.All)}",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var index = new Option<int>("--index") { Description = "Position in Api:Keys for the environment variables (0 for the first key)", DefaultValueFactory = _ => 0 };
        var create = new Command("new", "Generate an API key and print its configuration") { name, scopes, index };
        create.SetAction(parse => Print(parse.GetValue(name)!, parse.GetValue(scopes) ?? [], parse.GetValue(index)));
        return new Command("apikey", "API keys for POST /api/posts and the review API") { create };
    }

    private static int Print(string name, string[] scopes, int index)
    {
        var unknown = scopes.Where(s => !ApiScopes.All.Contains(s, StringComparer.Ordinal)).ToList();
        if (string.IsNullOrWhiteSpace(name) || unknown.Count > 0 || scopes.Length == 0 || index < 0)
        {
            Console.Error.WriteLine(unknown.Count > 0
                ? $"Lỗi: quyền không hợp lệ: {string.Join(", ", unknown)}. Các quyền có thể cấp: {string.Join(", ", ApiScopes.All)}."
                : "Lỗi: cần --name (tên người dùng khóa), ít nhất một --scope và --index không âm.");
            return 2;
        }

        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(KeyBytes));
        var granted = scopes.Distinct(StringComparer.Ordinal).ToArray();
        var entry = new { Api = new { Keys = new[] { new { Name = name.Trim(), Key = key, Scopes = granted } } } };
        Console.WriteLine("# In appsettings.json (merge into \"Api\": {\"Keys\": [...]}):");
        Console.WriteLine(JsonSerializer.Serialize(entry, new JsonSerializerOptions(CliJson.Options) { WriteIndented = true, PropertyNamingPolicy = null }));
        Console.WriteLine("# Or as environment variables:");
        Console.WriteLine($"Api__Keys__{index}__Name={name.Trim()}");
        Console.WriteLine($"Api__Keys__{index}__Key={key}");
        for (var i = 0; i < granted.Length; i++)
        {
            Console.WriteLine($"Api__Keys__{index}__Scopes__{i}={granted[i]}");
        }

        Console.WriteLine("# Send it in the X-Api-Key header. Restart the web host to use it.");
        return 0;
    }
}
