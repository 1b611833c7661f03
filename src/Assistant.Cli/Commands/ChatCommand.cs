using System.CommandLine;
using Assistant.Cli.Hosting;
using Assistant.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>chat</c>: an interactive conversation in the terminal through the same conversation service as the web page
/// and the channels (follow-ups such as "còn Quảng Ngãi thì sao?" keep their context); sources and suggested
/// follow-ups are printed under each answer.
/// </summary>
public static class ChatCommand
{
    /// <summary>Channel name of the terminal in conversation keys.</summary>
    public const string Channel = "cli";

    private static readonly string[] ExitWords = ["thoat", "thoát", "exit", "quit"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("chat", "Ask questions interactively, follow-ups included (empty line or 'thoát' to leave)");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = CliServices.Build();
            var conversations = services.GetRequiredService<IConversationService>();
            var key = new ConversationKey(Channel, Guid.NewGuid().ToString("N"));
            Console.WriteLine("Trợ lý hỏi đáp về Nghị quyết 71-NQ/TW. Câu trả lời chỉ lấy từ văn bản chính thức.");
            Console.WriteLine("Nhập câu hỏi rồi nhấn Enter (có thể hỏi tiếp, ví dụ \"còn Quảng Ngãi thì sao?\"); dòng trống hoặc 'thoát' để kết thúc.");
            while (!cancellationToken.IsCancellationRequested)
            {
                Console.Write("\n> ");
                var question = Console.ReadLine();
                if (string.IsNullOrWhiteSpace(question) || ExitWords.Contains(question.Trim().ToLowerInvariant()))
                {
                    break;
                }

                var reply = await conversations.AskAsync(key, question, cancellationToken);
                Console.WriteLine(AnswerPrinter.Format(reply.Answer));
                if (reply.Suggestions.Count > 0)
                {
                    Console.WriteLine("\nHỏi tiếp:");
                    foreach (var suggestion in reply.Suggestions)
                    {
                        Console.WriteLine($"  • {suggestion}");
                    }
                }
            }

            return 0;
        });
        return command;
    }
}
