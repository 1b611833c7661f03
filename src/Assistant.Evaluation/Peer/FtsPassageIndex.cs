using Assistant.Core.Documents;
using Microsoft.Data.Sqlite;

namespace Assistant.Evaluation.Peer;

/// <summary>
/// The peer baseline: the corpus passages in an in-memory SQLite FTS5 table (tokenizer
/// <c>unicode61 remove_diacritics 2</c>), ranked by <c>bm25()</c>.
/// </summary>
public sealed class FtsPassageIndex : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly List<Passage> passages;

    private FtsPassageIndex(SqliteConnection connection, List<Passage> passages)
    {
        this.connection = connection;
        this.passages = passages;
    }

    /// <summary>Indexes the text of every passage of the documents.</summary>
    public static FtsPassageIndex Build(IEnumerable<ParsedDocument> documents)
    {
        var passages = documents.SelectMany(d => d.Passages).ToList();
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE passage USING fts5(text, tokenize = \"unicode61 remove_diacritics 2\");";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO passage (rowid, text) VALUES ($id, $text);";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        for (var i = 0; i < passages.Count; i++)
        {
            id.Value = i;
            text.Value = passages[i].Text;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return new FtsPassageIndex(connection, passages);
    }

    /// <summary>Passages indexed.</summary>
    public int Count => passages.Count;

    /// <summary>The best passages for the question (any of its words, bm25 order), best first.</summary>
    public IReadOnlyList<Passage> Search(string question, int top = 10)
    {
        var match = FtsQuery.Build(question);
        if (match.Length == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM passage WHERE passage MATCH $match ORDER BY bm25(passage) LIMIT $top;";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$top", top);
        var found = new List<Passage>(top);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(passages[(int)reader.GetInt64(0)]);
        }

        return found;
    }

    /// <inheritdoc />
    public void Dispose() => connection.Dispose();
}
