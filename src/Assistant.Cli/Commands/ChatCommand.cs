using System.CommandLine;
using Assistant.Cli.Hosting;
using Assistant.Core.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Commands;

/// <summary><c>chat</c>: an interactive loop in the terminal, citations printed under each answer.</summary>
public static class ChatCommand
{
    private static readonly string[] ExitWords = ["thoat", "thoát", "exit", "quit"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("chat", "Ask questions interactively (empty line or 'thoát' to leave)");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = CliServices.Build();
            var answerer = services.GetRequiredService<IAnswerer>();
            Console.WriteLine("Trợ lý hỏi đáp về Nghị quyết 71-NQ/TW. Câu trả lời chỉ lấy từ văn bản chính thức.");
            Console.WriteLine("Nhập câu hỏi rồi nhấn Enter; dòng trống hoặc 'thoát' để kết thúc.");
            while (!cancellationToken.IsCancellationRequested)
            {
                Console.Write("\n> ");
                var question = Console.ReadLine();
                if (string.IsNullOrWhiteSpace(question) || ExitWords.Contains(question.Trim().ToLowerInvariant()))
                {
                    break;
                }

                var answer = await answerer.AnswerAsync(question, cancellationToken);
                Console.WriteLine(AnswerPrinter.Format(answer));
            }

            return 0;
        });
        return command;
    }
}
