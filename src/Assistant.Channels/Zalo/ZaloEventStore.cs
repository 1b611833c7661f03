using System.Globalization;
using Assistant.Channels.Delivery;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.Zalo;

/// <summary>
/// Zalo message ids taken in, in the OA's SQLite file. An id is kept for twice <c>Channels:Zalo:MaxEventAgeSeconds</c>:
/// a resend older than the window is refused by its timestamp anyway, so the table stays small.
/// </summary>
internal sealed class ZaloEventStore(ZaloDatabase database, IOptions<ZaloOptions> options) : IChannelEventStore
{
    /// <inheritdoc />
    public async Task<bool> TryClaimAsync(string eventId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM zalo_events WHERE received_at < $forget;
            INSERT OR IGNORE INTO zalo_events (msg_id, received_at) VALUES ($id, $at);
            """;
        command.Parameters.AddWithValue("$forget", Stamp(at.AddSeconds(-2.0 * options.Value.MaxEventAgeSeconds)));
        command.Parameters.AddWithValue("$id", eventId);
        command.Parameters.AddWithValue("$at", Stamp(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await using var changes = connection.CreateCommand();
        changes.CommandText = "SELECT changes()";
        return (long)(await changes.ExecuteScalarAsync(cancellationToken))! == 1;
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM zalo_events WHERE msg_id = $id";
        command.Parameters.AddWithValue("$id", eventId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
