using System.Globalization;
using System.Text.Json;
using Assistant.Core.Official;
using Microsoft.Data.Sqlite;

namespace Assistant.Review.Storage;

/// <summary><see cref="IOfficialAnswerStore"/> in <see cref="ListeningDatabase"/>: each change one transaction with its audit row.</summary>
public sealed class SqliteOfficialAnswerStore(ListeningDatabase database) : IOfficialAnswerStore
{
    private const string Columns = "id, version, state, province, question, paraphrases, answer, citations, author, created_at, published_at, published_by, topic_key";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public async Task<OfficialAnswer> CreateAsync(OfficialAnswerDraft draft, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = SqliteCommands.Create(connection, transaction, """
            INSERT INTO official_answers (version, state, province, question, paraphrases, answer, citations, author, created_at, topic_key)
            VALUES (1, $state, $province, $question, $paraphrases, $answer, $citations, $author, $at, $topic) RETURNING id;
            """,
            ("$state", OfficialAnswerStates.Draft), ("$province", draft.Province), ("$question", draft.Question),
            ("$paraphrases", JsonSerializer.Serialize(draft.Paraphrases, Json)), ("$answer", draft.Text),
            ("$citations", JsonSerializer.Serialize(draft.Citations, Json)), ("$author", actor), ("$at", ReviewDatabase.Timestamp(at)), ("$topic", draft.TopicKey));
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await AuditAsync(connection, transaction, id, actor, at, "tao_nhap", 1, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await GetAsync(id, cancellationToken))!;
    }

    /// <inheritdoc />
    public async Task<OfficialAnswer?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await ReadAsync(connection, null, $"SELECT {Columns} FROM official_answers WHERE id = $id", cancellationToken, ("$id", id))).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OfficialAnswer>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, null, $"SELECT {Columns} FROM official_answers ORDER BY id DESC", cancellationToken);
    }

    /// <inheritdoc />
    public async Task<OfficialAnswer?> SetStateAsync(long id, long version, string state, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var published = state == OfficialAnswerStates.Published;
        await using var update = SqliteCommands.Create(connection, transaction, """
            UPDATE official_answers SET state = $state, version = version + 1,
                published_at = CASE WHEN $published THEN $at ELSE published_at END,
                published_by = CASE WHEN $published THEN $actor ELSE published_by END
            WHERE id = $id AND version = $version;
            """,
            ("$state", state), ("$published", published), ("$at", ReviewDatabase.Timestamp(at)), ("$actor", actor), ("$id", id), ("$version", version));
        if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            var exists = (await ReadAsync(connection, transaction, $"SELECT {Columns} FROM official_answers WHERE id = $id", cancellationToken, ("$id", id))).Count > 0;
            return exists ? throw new OfficialAnswerConflictException(id) : null;
        }

        await AuditAsync(connection, transaction, id, actor, at, published ? "cong_bo" : "rut", version + 1, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OfficialAnswerAudit>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, "SELECT actor, at, action, version FROM official_audit WHERE answer_id = $id ORDER BY id", ("$id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var history = new List<OfficialAnswerAudit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            history.Add(new OfficialAnswerAudit(reader.GetString(0), ReviewDatabase.ParseTimestamp(reader.GetString(1)), reader.GetString(2), reader.GetInt64(3)));
        }

        return history;
    }

    /// <inheritdoc />
    public async Task<long> ChangeStampAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, "SELECT COALESCE(MAX(id), 0) FROM official_audit");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task AuditAsync(SqliteConnection connection, SqliteTransaction transaction, long id, string actor, DateTimeOffset at, string action, long version, CancellationToken cancellationToken)
    {
        await using var audit = SqliteCommands.Create(connection, transaction,
            "INSERT INTO official_audit (answer_id, actor, at, action, version) VALUES ($id, $actor, $at, $action, $version)",
            ("$id", id), ("$actor", actor), ("$at", ReviewDatabase.Timestamp(at)), ("$action", action), ("$version", version));
        await audit.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<OfficialAnswer>> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = SqliteCommands.Create(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var answers = new List<OfficialAnswer>();
        while (await reader.ReadAsync(cancellationToken))
        {
            answers.Add(new OfficialAnswer(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetString(2),
                reader.NullableString(3),
                reader.GetString(4),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(5), Json) ?? [],
                reader.GetString(6),
                JsonSerializer.Deserialize<List<OfficialCitation>>(reader.GetString(7), Json) ?? [],
                reader.GetString(8),
                ReviewDatabase.ParseTimestamp(reader.GetString(9)),
                reader.NullableString(10) is { } published ? ReviewDatabase.ParseTimestamp(published) : null,
                reader.NullableString(11),
                reader.NullableString(12)));
        }

        return answers;
    }
}
