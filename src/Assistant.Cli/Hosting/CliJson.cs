using System.Text.Encodings.Web;
using System.Text.Json;

namespace Assistant.Cli.Hosting;

/// <summary>JSON settings of the command line: camelCase as in DESIGN.md, Vietnamese left readable.</summary>
public static class CliJson
{
    /// <summary>Options for one JSON object per line.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
