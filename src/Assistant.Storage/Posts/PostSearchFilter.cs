using System.Data.Common;
using Assistant.Core.Monitoring;
using Assistant.Core.Text;
using Assistant.Storage.Engine;

namespace Assistant.Storage.Posts;

/// <summary>
/// A <see cref="PostSearch"/> as SQL conditions (source, dates, flagged) over the newest rows, then the text and score
/// filters in memory (words matched without diacritics), so a search stays bounded.
/// </summary>
internal static class PostSearchFilter
{
    /// <summary>Rows read per search before the text and score filters (newest first).</summary>
    public const int MaxScannedPerSearch = 5000;

    /// <summary>The WHERE clause of <paramref name="search"/> (empty when nothing narrows it); adds its parameters to <paramref name="command"/>.</summary>
    public static string Where(PostSearch search, DbCommand command, StoreDatabase database)
    {
        var where = new List<string>();
        if (search.Source is { } source)
        {
            where.Add("source = @source");
            command.Add("@source", source);
        }

        if (search.From is { } from)
        {
            where.Add("received_at >= @from");
            command.Add("@from", database.Time(from));
        }

        if (search.To is { } to)
        {
            where.Add("received_at < @to");
            command.Add("@to", database.Time(to));
        }

        if (search.Flagged is { } flagged)
        {
            where.Add(flagged ? "flagged = 1" : "scored = 1 AND flagged = 0");
        }

        if (search.MinScore is not null || search.Label is not null)
        {
            where.Add("scored = 1");
        }

        return where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
    }

    /// <summary>The rows that pass the text, score and label filters, up to the search's limit.</summary>
    public static IReadOnlyList<ArchivedPost> Apply(PostSearch search, IEnumerable<ArchivedPost> rows)
    {
        var words = search.Text is { Length: > 0 } text ? Folded(text).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return rows
            .Where(p => words.Length == 0 || Folded(p.Post.Text) is var folded && words.All(w => folded.Contains(w, StringComparison.Ordinal)))
            .Where(p => search.MinScore is null || p.Scored?.Score >= search.MinScore)
            .Where(p => search.Label is null || p.Scored?.Label == search.Label)
            .Take(search.Limit)
            .ToList();
    }

    private static string Folded(string text) => VietnameseText.Fold(VietnameseText.Normalize(text)).ToLowerInvariant();
}
