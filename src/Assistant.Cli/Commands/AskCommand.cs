using System.CommandLine;
using System.Text.Json;
using Assistant.Cli.Hosting;
using Assistant.Core.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Commands;

/// <summary><c>ask "câu hỏi"</c> prints one answer; <c>ask --input Q.jsonl --output A.jsonl</c> answers a file.</summary>
public static class AskCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var question = new Argument<string?>("question") { Description = "The question, in Vietnamese", Arity = ArgumentArity.ZeroOrOne };
        var input = new Option<string?>("--input") { Description = "JSONL file of {\"id\",\"question\"} lines" };
        var output = new Option<string?>("--output") { Description = "JSONL file for the answers (default: standard output)" };
        var json = new Option<bool>("--json") { Description = "Print the Answer JSON instead of text" };
        var command = new Command("ask", "Answer a question, or a file of questions, from the official documents") { question, input, output, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var inputPath = parse.GetValue(input);
            if (inputPath is not null)
            {
                return AnswerFileAsync(inputPath, parse.GetValue(output), cancellationToken);
            }

            var text = parse.GetValue(question);
            if (string.IsNullOrWhiteSpace(text))
            {
                Console.Error.WriteLine("Lỗi: hãy nhập câu hỏi, ví dụ: ask \"Nghị quyết 71 ban hành ngày nào?\", hoặc dùng --input.");
                return Task.FromResult(2);
            }

            return AnswerOneAsync(text, parse.GetValue(json), cancellationToken);
        });
        return command;
    }

    private static async Task<int> AnswerOneAsync(string question, bool asJson, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build();
        var answer = await services.GetRequiredService<IAnswerer>().AnswerAsync(question, cancellationToken);
        Console.WriteLine(asJson ? JsonSerializer.Serialize(answer, CliJson.Options) : AnswerPrinter.Format(answer));
        return 0;
    }

    private static async Task<int> AnswerFileAsync(string inputPath, string? outputPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(inputPath))
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy tệp đầu vào '{inputPath}'.");
            return 2;
        }

        await using var services = CliServices.Build();
        var answerer = services.GetRequiredService<IAnswerer>();
        await using var writer = outputPath is null ? Console.Out : new StreamWriter(outputPath, append: false);
        var answered = 0;
        var input = new InputFile<QuestionLine>(inputPath, Validate);
        await foreach (var question in input.ReadAsync(cancellationToken))
        {
            var answer = await answerer.AnswerAsync(question.Question!, cancellationToken);
            await writer.WriteLineAsync(JsonSerializer.Serialize(answer with { Id = question.Id }, CliJson.Options));
            answered++;
        }

        Console.Error.WriteLine($"Đã trả lời {answered} câu hỏi; {input.Failures} dòng lỗi.");
        return input.Failures == 0 ? 0 : 1;
    }

    private static string? Validate(QuestionLine line) =>
        string.IsNullOrWhiteSpace(line.Question) ? "thiếu trường \"question\"" : null;
}
