using Assistant.Review.Insights;

namespace Assistant.Review.Storage;

/// <summary><see cref="ITopicMarkStore"/> in <see cref="ListeningDatabase"/>.</summary>
public sealed class SqliteTopicMarkStore(ListeningDatabase database) : ITopicMarkStore
{
    /// <inheritdoc />
    public async Task MarkHandledAsync(string topicKey, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, """
            INSERT INTO handled_topics (topic_key, actor, at) VALUES ($key, $actor, $at)
            ON CONFLICT(topic_key) DO UPDATE SET actor = excluded.actor, at = excluded.at;
            """, ("$key", topicKey), ("$actor", actor), ("$at", ReviewDatabase.Timestamp(at)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> HandledAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, "SELECT topic_key, at FROM handled_topics");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var marks = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            marks[reader.GetString(0)] = ReviewDatabase.ParseTimestamp(reader.GetString(1));
        }

        return marks;
    }
}
