using Assistant.Core.Configuration;
using Assistant.Core.Official;
using Assistant.Review.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Tests.Storage;

public sealed class SqliteOfficialAnswerStoreTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("assistant-official-");
    private readonly SqliteOfficialAnswerStore store;

    public SqliteOfficialAnswerStoreTests()
    {
        store = new SqliteOfficialAnswerStore(Database());
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        data.Delete(recursive: true);
    }

    [Fact]
    public async Task SetState_PublishThenWithdraw_VersionsAuditAndChangeStampMove()
    {
        var draft = await store.CreateAsync(Draft(), "ct", Monday, Ct);
        var stampAfterDraft = await store.ChangeStampAsync(Ct);

        var published = await store.SetStateAsync(draft.Id, 1, OfficialAnswerStates.Published, "admin", Monday.AddHours(1), Ct);
        var withdrawn = await store.SetStateAsync(draft.Id, 2, OfficialAnswerStates.Withdrawn, "admin", Monday.AddHours(2), Ct);

        Assert.Equal(OfficialAnswerStates.Draft, draft.State);
        Assert.Equal(OfficialAnswerStates.Published, published!.State);
        Assert.Equal(Monday.AddHours(1), published.PublishedAt);
        Assert.Equal("admin", published.PublishedBy);
        Assert.Equal(3, withdrawn!.Version);
        Assert.Equal(Monday.AddHours(1), withdrawn.PublishedAt);
        Assert.Equal(["tao_nhap:ct:1", "cong_bo:admin:2", "rut:admin:3"], (await store.HistoryAsync(draft.Id, Ct)).Select(h => $"{h.Action}:{h.Actor}:{h.Version}"));
        Assert.True(await store.ChangeStampAsync(Ct) > stampAfterDraft);
        Assert.Equal(["Tiền truyền thông lấy ở đâu?"], (await store.GetAsync(draft.Id, Ct))!.Paraphrases);
        Assert.Equal("IV.1", Assert.Single((await store.GetAsync(draft.Id, Ct))!.Citations).Section);
    }

    [Fact]
    public async Task SetState_StaleVersion_ConflictAndNothingChanges()
    {
        var draft = await store.CreateAsync(Draft(), "ct", Monday, Ct);
        await store.SetStateAsync(draft.Id, 1, OfficialAnswerStates.Published, "admin", Monday, Ct);

        await Assert.ThrowsAsync<OfficialAnswerConflictException>(() => store.SetStateAsync(draft.Id, 1, OfficialAnswerStates.Withdrawn, "admin2", Monday, Ct));
        var missing = await store.SetStateAsync(999, 1, OfficialAnswerStates.Published, "admin", Monday, Ct);

        Assert.Null(missing);
        Assert.Equal(OfficialAnswerStates.Published, (await store.GetAsync(draft.Id, Ct))!.State);
        Assert.Equal(2, (await store.HistoryAsync(draft.Id, Ct)).Count);
    }

    [Fact]
    public async Task Audit_UpdateOrDelete_IsRefusedByTheDatabase()
    {
        var draft = await store.CreateAsync(Draft(), "ct", Monday, Ct);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data.FullName, "listening.db")};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE official_audit SET actor = 'ke-gian'";
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM official_audit";

        Assert.Contains("append-only", (await Assert.ThrowsAsync<SqliteException>(() => update.ExecuteNonQueryAsync(Ct))).Message, StringComparison.Ordinal);
        Assert.Contains("append-only", (await Assert.ThrowsAsync<SqliteException>(() => delete.ExecuteNonQueryAsync(Ct))).Message, StringComparison.Ordinal);
        Assert.Equal("ct", Assert.Single(await store.HistoryAsync(draft.Id, Ct)).Actor);
    }

    private ListeningDatabase Database() =>
        new(Options.Create(new DataOptions { Directory = data.FullName }), Options.Create(new ListeningOptions()));

    private static OfficialAnswerDraft Draft() => new(
        "can-tho",
        "Kinh phí truyền thông Nghị quyết 71 ở Cần Thơ lấy từ đâu?",
        ["Tiền truyền thông lấy ở đâu?"],
        "Từ ngân sách nhà nước.",
        [new OfficialCitation("can-tho-ke-hoach", "IV.1", "Kế hoạch", "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước")],
        null);
}
