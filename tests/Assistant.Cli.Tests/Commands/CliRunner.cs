using System.Diagnostics;

namespace Assistant.Cli.Tests.Commands;

/// <summary>Runs the built CLI as a real process (same assembly the tests reference) and captures its output.</summary>
internal static class CliRunner
{
    /// <summary>The exit code, standard output and standard error of one run.</summary>
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs <c>Assistant.Cli</c> with the arguments, in <paramref name="workingDirectory"/>.</summary>
    public static async Task<Result> RunAsync(string workingDirectory, params string[] arguments)
    {
        var cliDll = Path.Combine(AppContext.BaseDirectory, "Assistant.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cliDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Result(process.ExitCode, await output, await error);
    }
}
