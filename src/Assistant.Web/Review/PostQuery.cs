using System.Globalization;
using Assistant.Core.Monitoring;
using Assistant.Review.Workflow;

namespace Assistant.Web.Review;

/// <summary>
/// Reads the posts search from a query string: <c>q</c> (words), <c>source</c>, <c>from</c>/<c>to</c> (dates yyyy-MM-dd in
/// the dashboard's zone, <c>to</c> inclusive), <c>minScore</c> (0–1), <c>label</c>, <c>flagged</c> (<c>true</c>/<c>false</c>),
/// <c>limit</c> (1–500).
/// </summary>
public static class PostQuery
{
    /// <summary>Most posts one request may ask for.</summary>
    public const int MaxLimit = 500;

    /// <summary>The search, or a Vietnamese error naming the bad parameter.</summary>
    public static (PostSearch Search, string? Error) Parse(IQueryCollection query, ReviewClock clock)
    {
        var search = new PostSearch { Text = ReviewQuery.Value(query, "q"), Source = ReviewQuery.Value(query, "source") };
        if (ReviewQuery.Value(query, "label") is { } label)
        {
            if (!PostLabel.All.Contains(label, StringComparer.Ordinal))
            {
                return (search, $"Tham số label phải là {string.Join(", ", PostLabel.All)}.");
            }

            search = search with { Label = label };
        }

        if (ReviewQuery.Value(query, "flagged") is { } flagged)
        {
            if (!bool.TryParse(flagged, out var isFlagged))
            {
                return (search, "Tham số flagged phải là true hoặc false.");
            }

            search = search with { Flagged = isFlagged };
        }

        if (ReviewQuery.Value(query, "minScore") is { } score)
        {
            if (!double.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var minScore) || minScore is < 0 or > 1)
            {
                return (search, "Tham số minScore phải là số từ 0 đến 1.");
            }

            search = search with { MinScore = minScore };
        }

        if (ReviewQuery.Value(query, "limit") is { } limit)
        {
            if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > MaxLimit)
            {
                return (search, $"Tham số limit phải là số nguyên từ 1 đến {MaxLimit}.");
            }

            search = search with { Limit = count };
        }

        var (from, fromError) = ReviewQuery.Date(query, "from", clock.Zone);
        var (to, toError) = ReviewQuery.Date(query, "to", clock.Zone);
        return (search with { From = from, To = to?.AddDays(1) }, fromError ?? toError);
    }
}
