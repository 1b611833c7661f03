using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Core.Lexicon;

/// <summary>
/// Reads one JSON file of the lexicon folder the one way every lexicon does: comments and trailing commas allowed,
/// unknown fields refused, and every failure a <see cref="LexiconFormatException"/> naming the file (and the line).
/// </summary>
public static class LexiconFile
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The content of <paramref name="name"/> in <paramref name="directory"/>.</summary>
    /// <exception cref="LexiconFormatException">The file is missing, empty or not valid JSON of <typeparamref name="T"/>.</exception>
    public static T Read<T>(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, JsonOptions) ?? throw new LexiconFormatException($"{path}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new LexiconFormatException($"{path}: invalid JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new LexiconFormatException($"{path}: cannot be read: {e.Message}", e);
        }
    }
}
