using System.Globalization;
using Assistant.Core.Conversations;

namespace Assistant.Web.Storage;

/// <summary>
/// <see cref="ITurnQueries"/> over <see cref="WebDatabase"/>: the turns of a period with their channel and feedback; the
/// conversation's subject hash is never read.
/// </summary>
public sealed class SqliteTurnQueries(WebDatabase database) : ITurnQueries
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<RecordedTurn>> ListAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.conversation_id, t.answer_id, c.channel, t.created_at, t.asked, t.question, t.refused, t.mode
            FROM turns t JOIN conversations c ON c.id = t.conversation_id
            WHERE t.created_at >= $from AND t.created_at < $to
            ORDER BY t.created_at, t.conversation_id, t.turn LIMIT $limit;
            SELECT f.conversation_id, f.answer_id, f.rating, f.comment, f.created_at
            FROM feedback f JOIN turns t ON t.conversation_id = f.conversation_id AND t.answer_id = f.answer_id
            WHERE t.created_at >= $from AND t.created_at < $to
            ORDER BY f.id;
            """;
        command.Parameters.AddWithValue("$from", WebDatabase.Timestamp(from));
        command.Parameters.AddWithValue("$to", WebDatabase.Timestamp(to));
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string Conversation, string Answer, RecordedTurn Turn)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), new RecordedTurn(
                reader.GetString(2), Parse(reader.GetString(3)), reader.GetString(4), reader.GetString(5), reader.GetInt32(6) != 0, reader.GetString(7), [])));
        }

        var feedback = new Dictionary<(string, string), List<TurnFeedback>>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.GetString(0), reader.GetString(1));
            var rating = new TurnFeedback(reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), Parse(reader.GetString(4)));
            (feedback.TryGetValue(key, out var list) ? list : feedback[key] = []).Add(rating);
        }

        return [.. rows.Select(r => feedback.TryGetValue((r.Conversation, r.Answer), out var given) ? r.Turn with { Feedback = given } : r.Turn)];
    }

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
