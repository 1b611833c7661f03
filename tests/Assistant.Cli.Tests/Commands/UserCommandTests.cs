using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Assistant.Cli.Tests.Commands;

public sealed class UserCommandTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("assistant-cli-users-").FullName;

    [Fact]
    public async Task User_AddListDisable_StoresAHashedPasswordInTheDataFolder()
    {
        var added = await RunAsync("mat-khau-can-tho\n", "user", "add", "--login", "ct", "--password-stdin", "--role", "spokesperson", "--province", "can-tho", "--telegram-chat", "4242");
        var duplicate = await RunAsync("mat-khau-khac-nua\n", "user", "add", "--login", "CT", "--password-stdin", "--role", "admin");
        var disabled = await RunAsync("", "user", "disable", "--login", "ct");
        var listed = await RunAsync("", "user", "list");

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(2, duplicate.ExitCode);
        Assert.Contains("đã tồn tại", duplicate.Error, StringComparison.Ordinal);
        Assert.Equal(0, disabled.ExitCode);
        Assert.Matches(@"ct\s+spokesperson\s+can-tho\s+disabled\s+telegram", listed.Output);
        var hash = Query("SELECT password_hash FROM accounts WHERE login = 'ct'");
        Assert.DoesNotContain("mat-khau", hash, StringComparison.Ordinal);
        Assert.True(Convert.FromBase64String(hash).Length > 40);
    }

    [Fact]
    public async Task UserAdd_WithoutPasswordStdin_IsRefused()
    {
        var result = await RunAsync("", "user", "add", "--login", "x", "--role", "admin");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--password-stdin", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data, "review.db")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private string Query(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, "review.db"), Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private async Task<CliRunner.Result> RunAsync(string input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Assistant.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Data__Directory"] = data;
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new CliRunner.Result(process.ExitCode, await output, await error);
    }
}
