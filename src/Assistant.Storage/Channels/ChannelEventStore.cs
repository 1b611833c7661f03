using Assistant.Core.Storage;
using Assistant.Storage.Engine;

namespace Assistant.Storage.Channels;

/// <summary>
/// Channel event keys in the <c>channel_events</c> table (primary key: the first insert wins, on any node). Old keys
/// are deleted at most once a minute per process, so the table stays small without a delete per event.
/// </summary>
internal sealed class ChannelEventStore(StoreDatabase database, TimeProvider time) : IChannelEventStore
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromMinutes(1);
    private long _nextPurgeTicks;

    /// <inheritdoc />
    public async Task<bool> TryClaimAsync(string key, DateTimeOffset at, DateTimeOffset forgetBefore, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow().UtcTicks;
        var due = Interlocked.Read(ref _nextPurgeTicks);
        if (now >= due && Interlocked.CompareExchange(ref _nextPurgeTicks, now + PurgeEvery.Ticks, due) == due)
        {
            await using var purge = connection.Command("DELETE FROM channel_events WHERE received_at < @forget");
            purge.Add("@forget", database.Time(forgetBefore));
            await purge.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var command = connection.Command("INSERT INTO channel_events (key, received_at) VALUES (@key, @at) ON CONFLICT (key) DO NOTHING");
        command.Add("@key", key);
        command.Add("@at", database.Time(at));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("DELETE FROM channel_events WHERE key = @key");
        command.Add("@key", key);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
