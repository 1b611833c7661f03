using Assistant.Review.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Storage;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataFilePermissionTests
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public async Task DataFolder_CreatedByTheHost_IsOwnerOnly_AndSoAreItsSecretFiles()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "Unix file modes only.");
        var parent = Directory.CreateTempSubdirectory("assistant-data-modes-");
        var data = Path.Combine(parent.FullName, "data");
        await using (var app = await RunningApp.StartAsync(new Dictionary<string, string> { ["Data:Directory"] = data }))
        {
            await app.App.Services.GetRequiredService<AccountService>().AddAsync("ct", "mat-khau-can-tho", ReviewRoles.Spokesperson, "can-tho", null, null, TestContext.Current.CancellationToken);
            await app.AskAsync("Nghị quyết 71 ban hành ngày nào?");
            await app.StopAsync();
        }

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(data));
        foreach (var file in new[] { "review.db", "conversation-salt.key", "conversations.db", "posts.db" })
        {
            var path = Path.Combine(data, file);
            Assert.True(File.Exists(path), $"{file} was not created");
            Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(path) & ~UnixFileMode.UserExecute);
        }

        Assert.All(Directory.GetFiles(data, "*-wal").Concat(Directory.GetFiles(data, "*-shm")), f => Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(f) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)));
        parent.Delete(recursive: true);
    }
}
