using Assistant.Core.Monitoring;
using Assistant.Evaluation.Gold;

namespace Assistant.Evaluation.Posts;

/// <summary>
/// Reads a labelled post file; a bad line (invalid JSON, missing field, unknown label, repeated id) becomes an error
/// naming the line and the other lines are kept.
/// </summary>
public static class GoldPostReader
{
    /// <summary>The valid posts and the errors of the bad lines.</summary>
    public static GoldFile<GoldPost> Read(string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return GoldFileReader.Read<GoldPost>(path, post => Validate(post, seen));
    }

    /// <summary>The posts as training examples for a classifier.</summary>
    public static IReadOnlyList<TrainingPost> ToTraining(IEnumerable<GoldPost> posts) =>
        [.. posts.Select(p => new TrainingPost(p.Id!, p.Text!, p.Label!))];

    private static string? Validate(GoldPost post, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(post.Id))
        {
            return "missing \"id\"";
        }

        if (string.IsNullOrWhiteSpace(post.Text))
        {
            return "missing \"text\"";
        }

        if (string.IsNullOrWhiteSpace(post.Label))
        {
            return "missing \"label\"";
        }

        if (!PostLabel.All.Contains(post.Label, StringComparer.Ordinal))
        {
            return $"unknown label \"{post.Label}\" (expected {string.Join(", ", PostLabel.All)})";
        }

        return seen.Add(post.Id) ? null : $"id \"{post.Id}\" appears on an earlier line";
    }
}
