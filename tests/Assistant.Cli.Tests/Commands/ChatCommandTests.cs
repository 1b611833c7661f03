using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Assistant.Cli.Tests.Commands;

public sealed partial class ChatCommandTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("assistant-cli-chat-").FullName;

    [Fact]
    public async Task Chat_HereDocWithFollowUps_KeepsTheConversation()
    {
        var answers = await ChatAsync("""
            Lạng Sơn giao cơ quan nào chủ trì thực hiện kế hoạch truyền thông?
            còn Quảng Ngãi thì sao?
            kế hoạch đó giao sở nào chủ trì?
            """);

        Assert.Equal(3, answers.Count);
        Assert.Equal(["Lạng Sơn"], Sources(answers[0]));
        Assert.Equal(["Quảng Ngãi"], Sources(answers[1]));
        Assert.Contains("Sở Giáo dục và Đào tạo", answers[1], StringComparison.Ordinal);
        Assert.Equal(["Quảng Ngãi"], Sources(answers[2]));
        Assert.DoesNotContain("phần mở đầu", answers[2], StringComparison.Ordinal);
        Assert.Contains("Hỏi tiếp:", answers[0], StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(data, recursive: true);

    /// <summary>The provinces of the documents an answer lists under "Nguồn:".</summary>
    private static List<string> Sources(string answer) =>
        SourceLine().Matches(answer).Select(m => m.Groups["province"].Value).Distinct().ToList();

    /// <summary>Runs <c>chat</c> with <paramref name="lines"/> fed by a shell here-doc; returns the text after each prompt.</summary>
    private async Task<List<string>> ChatAsync(string lines)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Assistant.Cli.dll");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"dotnet '{cli}' chat <<'EOF'\n{lines}\nEOF");
        start.Environment["Data__Directory"] = data;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, await error);
        return (await output).Split("\n> ").Skip(1).Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
    }

    [GeneratedRegex(@"^\s+\[\d+\] Kế hoạch của UBND (tỉnh|thành phố) (?<province>[^,]+),", RegexOptions.Multiline)]
    private static partial Regex SourceLine();
}
