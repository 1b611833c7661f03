using Assistant.Core.Monitoring;
using System.Text;
using Assistant.Core.JsonLines;

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

    /// <summary>Creates a reader accepting the given labels (default: <see cref="PostLabel.All"/>).</summary>
    public LabelledPostReader(int maxTextBytes = DefaultMaxTextBytes, IEnumerable<string>? allowedLabels = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTextBytes);
        this.maxTextBytes = maxTextBytes;
        this.allowedLabels = new HashSet<string>(allowedLabels ?? PostLabel.All, StringComparer.Ordinal);
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
        await foreach (var line in JsonLinesReader.ReadAsync<Line>(reader, cancellationToken).ConfigureAwait(false))
        {
            var (post, error) = line.HasItem ? Check(line.Item, line.Number) : (null, line.Error);
            if (post is not null)
            {
                posts.Add(post);
            }
            else
            {
                errors.Add(new PostReadError(line.Number, error!));
            }
        }

        return new LabelledPostReadResult(posts, errors);
    }

    private (LabelledPost? Post, string? Error) Check(Line line, int lineNumber)
    {
        if (string.IsNullOrWhiteSpace(line.Text))
        {
            return (null, "no \"text\"");
        }

        var bytes = Encoding.UTF8.GetByteCount(line.Text);
        if (bytes > maxTextBytes)
        {
            return (null, $"\"text\" is {bytes} bytes, over the limit of {maxTextBytes}");
        }

        if (string.IsNullOrWhiteSpace(line.Label))
        {
            return (null, "no \"label\"");
        }

        if (!allowedLabels.Contains(line.Label))
        {
            return (null, $"unknown label \"{line.Label}\" (expected {string.Join(", ", allowedLabels)})");
        }

        var id = line.Id is { Length: > 0 } given ? given : $"line-{lineNumber}";
        return (new LabelledPost(id, line.Text, line.Label), null);
    }

    private sealed record Line(string? Id, string? Text, string? Label);
}
