using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Assistant.Answering.Tests.Llm.Fakes;

/// <summary>Reads what the answerer sent to the model: the system and user messages and the numbered passages.</summary>
public sealed partial class ModelRequest
{
    private ModelRequest(string system, string user)
    {
        System = system;
        User = user;
    }

    /// <summary>The system message ("" when none).</summary>
    public string System { get; }

    /// <summary>The last user message.</summary>
    public string User { get; }

    /// <summary>The numbered passages of the user message, by number.</summary>
    public IReadOnlyDictionary<int, string> Passages => PassagePattern().Matches(User)
        .ToDictionary(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m => m.Groups["text"].Value);

    /// <summary>Reads a chat completions request body.</summary>
    public static ModelRequest From(JsonElement body)
    {
        var messages = body.GetProperty("messages").EnumerateArray().ToList();
        string Content(string role) => messages.LastOrDefault(m => m.GetProperty("role").GetString() == role) is { ValueKind: JsonValueKind.Object } m
            ? m.GetProperty("content").GetString() ?? ""
            : "";
        return new ModelRequest(Content("system"), Content("user"));
    }

    /// <summary>The number of the first passage containing <paramref name="text"/>.</summary>
    public int NumberOf(string text) => Passages.First(p => p.Value.Contains(text, StringComparison.Ordinal)).Key;

    [GeneratedRegex(@"^\[(?<n>\d+)\] (?<text>.*?)(?=^\[\d+\] |\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex PassagePattern();
}
