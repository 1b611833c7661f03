using Assistant.Core.Monitoring;
using Assistant.Evaluation.Gold;

namespace Assistant.Evaluation.Posts;

/// <summary>Reads a file of scored posts (DESIGN.md "Scored post JSON", one per line), e.g. the output of <c>score</c>.</summary>
public static class ScoredPostReader
{
    /// <summary>The valid scored posts and the errors of the bad lines.</summary>
    public static GoldFile<ScoredPost> Read(string path) => GoldFileReader.Read<ScoredPost>(path, Validate);

    private static string? Validate(ScoredPost post)
    {
        if (string.IsNullOrWhiteSpace(post.Id))
        {
            return "missing \"id\"";
        }

        if (!PostLabel.All.Contains(post.Label, StringComparer.Ordinal))
        {
            return $"unknown or missing \"label\" \"{post.Label}\"";
        }

        return post.Score is < 0 or > 1 || post.ClassifierScore is < 0 or > 1
            ? "\"score\" and \"classifierScore\" must lie between 0 and 1"
            : null;
    }
}
