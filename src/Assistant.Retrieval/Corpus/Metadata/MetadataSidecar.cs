using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Retrieval.Corpus.Metadata;

/// <summary>
/// The metadata staff confirmed for a file without a header, kept beside it as <c>name.meta.json</c> (for
/// <c>ke-hoach.pdf</c>, <c>ke-hoach.meta.json</c>): camelCase keys of <see cref="DocumentMetadata"/>; its values win
/// over what the file and its text say. An unknown key is an error, so a typo never passes silently.
/// </summary>
public static class MetadataSidecar
{
    /// <summary>The ending of a sidecar file name.</summary>
    public const string Suffix = ".meta.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The sidecar path of <paramref name="documentPath"/>.</summary>
    public static string PathOf(string documentPath) =>
        Path.Combine(Path.GetDirectoryName(documentPath) ?? string.Empty, Path.GetFileNameWithoutExtension(documentPath) + Suffix);

    /// <summary>The confirmed values for <paramref name="documentPath"/>, or <see cref="DocumentMetadata.Empty"/> without a sidecar; throws <see cref="CorpusFormatException"/> for a bad one.</summary>
    public static DocumentMetadata Read(string documentPath)
    {
        var path = PathOf(documentPath);
        if (!File.Exists(path))
        {
            return DocumentMetadata.Empty;
        }

        try
        {
            return JsonSerializer.Deserialize<DocumentMetadata>(File.ReadAllText(path), Json) ?? DocumentMetadata.Empty;
        }
        catch (JsonException exception)
        {
            throw new CorpusFormatException(documentPath, $"its sidecar {Path.GetFileName(path)} is not valid: {exception.Message}", exception,
                $"Tệp thông tin {Path.GetFileName(path)} không hợp lệ.");
        }
    }

    /// <summary>Writes <paramref name="metadata"/> as the sidecar of <paramref name="documentPath"/>.</summary>
    public static void Write(string documentPath, DocumentMetadata metadata) =>
        File.WriteAllText(PathOf(documentPath), JsonSerializer.Serialize(metadata, Json));
}
