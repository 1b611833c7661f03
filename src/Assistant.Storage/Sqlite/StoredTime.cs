using System.Globalization;

namespace Assistant.Storage.Sqlite;

/// <summary>The one stored form of a time in the SQLite files: UTC, milliseconds, fixed width, so text order is time order.</summary>
public static class StoredTime
{
    /// <summary>The stored text of <paramref name="time"/>.</summary>
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads a stored time (also the round-trip form older files hold).</summary>
    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
