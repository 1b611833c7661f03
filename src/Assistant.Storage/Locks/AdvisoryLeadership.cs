using Assistant.Core.Storage;
using Npgsql;

namespace Assistant.Storage.Locks;

/// <summary>A held advisory leadership: its session is checked every interval, and <see cref="Lost"/> fires when the check fails.</summary>
internal sealed class AdvisoryLeadership : ILeadership
{
    private readonly NpgsqlConnection _connection;
    private readonly int _key;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watch;

    /// <summary>Holds the lock <paramref name="key"/> taken on <paramref name="connection"/>.</summary>
    public AdvisoryLeadership(NpgsqlConnection connection, int key, TimeSpan check, TimeProvider time)
    {
        _connection = connection;
        _key = key;
        _watch = WatchAsync(check, time);
    }

    /// <inheritdoc />
    public CancellationToken Lost => _lost.Token;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _watch.ConfigureAwait(false);
        try
        {
            if (!_lost.IsCancellationRequested)
            {
                await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryKey.LeaderClass}, {_key})", _connection);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
        catch (NpgsqlException)
        {
            // the session is gone, and the lock with it
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _lost.Dispose();
            _stop.Dispose();
        }
    }

    private async Task WatchAsync(TimeSpan check, TimeProvider time)
    {
        try
        {
            while (true)
            {
                await Task.Delay(check, time, _stop.Token).ConfigureAwait(false);
                await using var command = new NpgsqlCommand("SELECT 1", _connection);
                await command.ExecuteScalarAsync(_stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // handed back
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or OperationCanceledException)
        {
            await _lost.CancelAsync().ConfigureAwait(false);
        }
    }
}
