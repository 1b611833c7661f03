using System.Text;
using System.Text.Json;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// Reads labelled posts from JSONL (<c>{"id","text","label"}</c> per line). A malformed line (bad JSON, no text,
/// text over the size limit, unknown label) is skipped and reported with its line number; the rest is read.
/// </summary>
public sealed class LabelledPostReader
{
    /// <summary>The default largest text accepted, in UTF-8 bytes (100 KB).</summary>
    public const int DefaultMaxTextBytes = 100 * 1024;

    private readonly int maxTextBytes;
    private readonly IReadOnlySet<string> allowedLabels;

    /// <summary>Creates a reader accepting the given labels (default: <see cref="PostLabels.All"/>).</summary>
    public LabelledPostReader(int maxTextBytes = DefaultMaxTextBytes, IEnumerable<string>? allowedLabels = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTextBytes);
        this.maxTextBytes = maxTextBytes;
        this.allowedLabels = new HashSet<string>(allowedLabels ?? PostLabels.All, StringComparer.Ordinal);
    }

    /// <summary>Reads a JSONL file.</summary>
    public async Task<LabelledPostReadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return await ReadAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads JSONL from a text reader.</summary>
    public async Task<LabelledPostReadResult> ReadAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        var posts = new List<LabelledPost>();
        var errors = new List<PostReadError>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (post, error) = ParseLine(line, lineNumber);
            if (post is not null)
            {
                posts.Add(post);
            }
            else
            {
                errors.Add(new PostReadError(lineNumber, error!));
            }
        }

        return new LabelledPostReadResult(posts, errors);
    }

    private (LabelledPost? Post, string? Error) ParseLine(string line, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return (null, $"not valid JSON ({exception.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "not a JSON object");
            }

            var text = StringProperty(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return (null, "no \"text\"");
            }

            var bytes = Encoding.UTF8.GetByteCount(text);
            if (bytes > maxTextBytes)
            {
                return (null, $"\"text\" is {bytes} bytes, over the limit of {maxTextBytes}");
            }

            var label = StringProperty(root, "label");
            if (string.IsNullOrWhiteSpace(label))
            {
                return (null, "no \"label\"");
            }

            if (!allowedLabels.Contains(label))
            {
                return (null, $"unknown label \"{label}\" (expected {string.Join(", ", allowedLabels)})");
            }

            var id = StringProperty(root, "id") is { Length: > 0 } given ? given : $"line-{lineNumber}";
            return (new LabelledPost(id, text, label), null);
        }
    }

    private static string? StringProperty(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
