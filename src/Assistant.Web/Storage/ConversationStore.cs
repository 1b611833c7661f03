using System.Text.Json;
using Assistant.Core.Conversations;
using Microsoft.Data.Sqlite;

namespace Assistant.Web.Storage;

/// <summary>Writes conversations, turns and feedback to <see cref="WebDatabase"/> and deletes the expired ones.</summary>
public sealed class ConversationStore(WebDatabase database)
{
    private static readonly JsonSerializerOptions CitationJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Records a batch of turns in one transaction.</summary>
    public async Task SaveAsync(IReadOnlyList<StoredTurn> turns, CancellationToken cancellationToken)
    {
        if (turns.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var upsert = connection.CreateCommand();
        upsert.CommandText = """
            INSERT INTO conversations (id, channel, subject_hash, started_at, last_active_at) VALUES ($id, $channel, $hash, $started, $at)
            ON CONFLICT(id) DO UPDATE SET last_active_at = MAX(last_active_at, excluded.last_active_at);
            """;
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT OR REPLACE INTO turns (conversation_id, turn, answer_id, asked, question, answer, refused, mode, fallback_reason, citations, elapsed_ms, created_at)
            VALUES ($id, $turn, $answerId, $asked, $question, $answer, $refused, $mode, $fallback, $citations, $elapsed, $at);
            """;
        foreach (var turn in turns)
        {
            upsert.Parameters.Clear();
            upsert.Parameters.AddWithValue("$id", turn.ConversationId);
            upsert.Parameters.AddWithValue("$channel", turn.Channel);
            upsert.Parameters.AddWithValue("$hash", turn.SubjectHash);
            upsert.Parameters.AddWithValue("$started", WebDatabase.Timestamp(turn.StartedAt));
            upsert.Parameters.AddWithValue("$at", WebDatabase.Timestamp(turn.At));
            await upsert.ExecuteNonQueryAsync(cancellationToken);

            var answer = turn.Answer;
            var citations = answer.Citations.Select(c => new { c.Doc, c.Section, c.Title });
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$id", turn.ConversationId);
            insert.Parameters.AddWithValue("$turn", turn.Turn);
            insert.Parameters.AddWithValue("$answerId", turn.AnswerId);
            insert.Parameters.AddWithValue("$asked", turn.Asked);
            insert.Parameters.AddWithValue("$question", answer.Question);
            insert.Parameters.AddWithValue("$answer", answer.Text);
            insert.Parameters.AddWithValue("$refused", answer.Refused ? 1 : 0);
            insert.Parameters.AddWithValue("$mode", answer.Mode);
            insert.Parameters.AddWithValue("$fallback", (object?)answer.FallbackReason ?? DBNull.Value);
            insert.Parameters.AddWithValue("$citations", JsonSerializer.Serialize(citations, CitationJson));
            insert.Parameters.AddWithValue("$elapsed", answer.ElapsedMs);
            insert.Parameters.AddWithValue("$at", WebDatabase.Timestamp(turn.At));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Records a rating of one answer.</summary>
    public async Task SaveFeedbackAsync(string conversationId, int turn, string answerId, string rating, string? comment, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feedback (conversation_id, turn, answer_id, rating, comment, created_at) VALUES ($id, $turn, $answerId, $rating, $comment, $at);
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$turn", turn);
        command.Parameters.AddWithValue("$answerId", answerId);
        command.Parameters.AddWithValue("$rating", rating);
        command.Parameters.AddWithValue("$comment", (object?)comment ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", WebDatabase.Timestamp(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>How many recorded answers cite each document (an answer citing a document twice counts once).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CitingAnswerCountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT doc, COUNT(*) FROM (
              SELECT DISTINCT turns.conversation_id, turns.turn, json_extract(cited.value, '$.doc') AS doc FROM turns, json_each(turns.citations) AS cited)
            WHERE doc IS NOT NULL GROUP BY doc;
            """;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    /// <summary>When the conversation in place <paramref name="rank"/> (0 = most recently active) was last active, or null when there are no more than <paramref name="rank"/>.</summary>
    public async Task<DateTimeOffset?> LastActiveAtRankAsync(int rank, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_active_at FROM conversations ORDER BY last_active_at DESC LIMIT 1 OFFSET $rank";
        command.Parameters.AddWithValue("$rank", rank);
        return await command.ExecuteScalarAsync(cancellationToken) is string at
            ? DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal)
            : null;
    }

    /// <summary>Deletes conversations last active before <paramref name="cutoff"/>, with their turns and feedback; returns how many conversations went.</summary>
    public async Task<int> DeleteInactiveSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM feedback WHERE conversation_id IN (SELECT id FROM conversations WHERE last_active_at < $cutoff);
            DELETE FROM turns WHERE conversation_id IN (SELECT id FROM conversations WHERE last_active_at < $cutoff);
            DELETE FROM conversations WHERE last_active_at < $cutoff;
            SELECT changes();
            """;
        command.Parameters.AddWithValue("$cutoff", WebDatabase.Timestamp(cutoff));
        var deleted = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
