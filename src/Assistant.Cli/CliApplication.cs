using System.CommandLine;
using Assistant.Cli.Commands;

namespace Assistant.Cli;

/// <summary>Entry point of the command line (<c>ask</c>, <c>chat</c>, <c>index</c>…).</summary>
public static class CliApplication
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Trợ lý Nghị quyết 71: hỏi đáp từ văn bản chính thức")
        {
            AskCommand.Create(),
            UnderstandCommand.Create(),
            ChatCommand.Create(),
            IndexCommand.Create(),
            EvalCommand.Create(),
            TelegramCommand.Create(),
            ScoreCommand.Create(),
            TrainCommand.Create(),
            UserCommand.Create(),
            ApiKeyCommand.Create(),
            ReportCommand.Create(),
        };
        try
        {
            return await root.Parse(args).InvokeAsync();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"Lỗi: {exception.Message}");
            return 2;
        }
    }
}
