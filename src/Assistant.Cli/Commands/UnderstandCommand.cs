using System.CommandLine;
using System.Text.Json;
using Assistant.Answering.Understanding;
using Assistant.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>understand "câu hỏi"</c> prints what the question-understanding stage reads in a message (standalone question,
/// parts, type, terms, provinces, small talk): for staff growing the lexicon in <c>corpus/lexicon/</c>.
/// </summary>
public static class UnderstandCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var message = new Argument<string>("message") { Description = "The message as a citizen wrote it" };
        var command = new Command("understand", "Show how a message is read before it is answered (standalone question, parts, terms)") { message };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build();
            var understood = services.GetRequiredService<QuestionUnderstanding>().Understand(parse.GetValue(message)!);
            Console.WriteLine(JsonSerializer.Serialize(
                new
                {
                    understood.Standalone,
                    understood.Parts,
                    Type = understood.Type.ToString(),
                    understood.Terms,
                    Provinces = understood.Provinces.Select(m => new { m.Province.Slug, m.MatchedName, m.ViaFormer }),
                    SmallTalk = understood.SmallTalk?.ToString(),
                    understood.IsEnglish,
                    understood.NotUnderstood,
                },
                CliJson.Options));
            return 0;
        });
        return command;
    }
}
