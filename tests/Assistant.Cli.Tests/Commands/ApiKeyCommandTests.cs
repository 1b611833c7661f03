using System.Text.Json;

namespace Assistant.Cli.Tests.Commands;

public sealed class ApiKeyCommandTests
{
    [Fact]
    public async Task ApiKeyNew_NameAndScopes_PrintsALongRandomKeyAsSettingsAndEnvironment()
    {
        var first = await CliRunner.RunAsync(AppContext.BaseDirectory, "apikey", "new", "--name", "feed-bot", "--scope", "posts:write", "--scope", "review:read");
        var second = await CliRunner.RunAsync(AppContext.BaseDirectory, "apikey", "new", "--name", "feed-bot", "--scope", "posts:write");

        Assert.Equal(0, first.ExitCode);
        var json = string.Join('\n', first.Output.Split('\n').SkipWhile(l => !l.StartsWith('{')).TakeWhile(l => !l.StartsWith('#')));
        var key = JsonDocument.Parse(json).RootElement.GetProperty("Api").GetProperty("Keys")[0];
        Assert.Equal("feed-bot", key.GetProperty("Name").GetString());
        Assert.Equal(["posts:write", "review:read"], key.GetProperty("Scopes").EnumerateArray().Select(s => s.GetString()));
        var secret = key.GetProperty("Key").GetString()!;
        Assert.True(secret.Length >= 24, "the web host refuses keys under 24 characters");
        Assert.Contains($"Api__Keys__0__Key={secret}", first.Output, StringComparison.Ordinal);
        Assert.Contains("Api__Keys__0__Scopes__1=review:read", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKeyNew_UnknownScope_IsRefusedInVietnamese()
    {
        var result = await CliRunner.RunAsync(AppContext.BaseDirectory, "apikey", "new", "--name", "x", "--scope", "posts:delete");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("quyền không hợp lệ: posts:delete", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }
}
