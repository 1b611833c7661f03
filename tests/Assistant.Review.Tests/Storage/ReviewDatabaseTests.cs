using Assistant.Review.Storage;
using Assistant.Review.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Assistant.Review.Tests.Storage;

public sealed class ReviewDatabaseTests
{
    [Fact]
    public async Task Open_NewFolder_CreatesTheSchemaAtTheLatestVersion_ReopeningKeepsIt()
    {
        await using var host = ReviewTestHost.Create();
        await host.SubmitAsync("p1", "Học phí tăng gấp đôi");
        await host.RestartAsync();
        await host.SubmitAsync("p2", "Giáo viên bị cắt phụ cấp");

        Assert.Equal([ReviewDatabase.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)], host.Column("PRAGMA user_version"));
        Assert.Equal(["2"], host.Column("SELECT COUNT(*) FROM items"));
    }

    [Fact]
    public async Task Audit_UpdateOrDelete_IsRefusedByTheDatabase()
    {
        await using var host = ReviewTestHost.Create();
        await host.SubmitAsync("p1", "Học phí tăng gấp đôi");

        var update = Assert.Throws<SqliteException>(() => host.Column("UPDATE audit SET actor = 'ke-gian' RETURNING actor"));
        var delete = Assert.Throws<SqliteException>(() => host.Column("DELETE FROM audit RETURNING id"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal(["he-thong"], host.Column("SELECT actor FROM audit"));
    }
}
