using System.CommandLine;
using System.Globalization;
using Assistant.Cli.Hosting;
using Assistant.Core.JsonLines;
using Assistant.Core.Questions;
using Assistant.Review;
using Assistant.Review.Insights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>eval topics --input eval/topic-groups.jsonl [--threshold X]</c>: groups the labelled questions as the insights do
/// and prints the pairwise precision and recall against the labels, at the configured threshold and over a sweep.
/// </summary>
public static class EvalTopicsCommand
{
    private static readonly double[] Sweep = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "JSONL file of {\"id\",\"group\",\"question\"} lines", Required = true };
        var threshold = new Option<double?>("--threshold") { Description = "Similarity threshold (default: Listening:TopicSimilarity)" };
        var verbose = new Option<bool>("--verbose") { Description = "Also print, per labelled group, its least similar pair of questions" };
        var command = new Command("topics", "Measure the topic grouping of the insights on labelled questions (pairwise precision/recall)") { input, threshold, verbose };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.GetValue(input)!, parse.GetValue(threshold), parse.GetValue(verbose))));
        return command;
    }

    private static int Run(string path, double? threshold, bool verbose)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy tệp {path}.");
            return 1;
        }

        var lines = new List<TopicLine>();
        var bad = 0;
        foreach (var line in JsonLinesReader.ReadFile<TopicLine>(path))
        {
            if (line.HasItem && !string.IsNullOrWhiteSpace(line.Item.Group) && !string.IsNullOrWhiteSpace(line.Item.Question))
            {
                lines.Add(line.Item);
                continue;
            }

            bad++;
            Console.Error.WriteLine($"Dòng {line.Number}: {line.Error ?? "thiếu \"group\" hoặc \"question\""}; bỏ qua.");
        }

        using var services = CliServices.Build();
        var reader = services.GetRequiredService<IQuestionReader>();
        var chosen = threshold ?? services.GetRequiredService<IOptions<ListeningOptions>>().Value.TopicSimilarity;
        var signatures = lines.Select(l => reader.Read(l.Question!)).ToList();
        var labels = lines.Select(l => l.Group!).ToList();
        Console.WriteLine($"{lines.Count} questions in {labels.Distinct().Count()} labelled groups ({path})");
        Console.WriteLine("threshold  precision  recall  f1     groups");
        foreach (var value in Sweep.Append(chosen).Distinct().Order())
        {
            var agreement = GroupingAgreement.Of(labels, TopicGrouper.Group(signatures, value));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{value,9:F2}{(value == chosen ? "*" : " ")} {agreement.Precision,9:F3}  {agreement.Recall,6:F3}  {agreement.F1,5:F3}  {agreement.PredictedGroups,6}"));
        }

        Console.WriteLine("* the configured threshold");
        if (verbose)
        {
            PrintLeastSimilar(lines, signatures);
        }

        return bad == 0 ? 0 : 1;
    }

    private static void PrintLeastSimilar(IReadOnlyList<TopicLine> lines, IReadOnlyList<QuestionSignature> signatures)
    {
        foreach (var group in Enumerable.Range(0, lines.Count).GroupBy(i => lines[i].Group))
        {
            var members = group.ToList();
            var pairs = members.SelectMany((a, x) => members.Skip(x + 1).Select(b => (a, b, Similarity: signatures[a].SimilarityTo(signatures[b]))));
            var (first, second, similarity) = pairs.MinBy(p => p.Similarity);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key}: {similarity:F2} \"{lines[first].Question}\" ~ \"{lines[second].Question}\""));
            Console.WriteLine($"    [{string.Join(' ', signatures[first].Features.Keys)}] {signatures[first].Kind} ~ [{string.Join(' ', signatures[second].Features.Keys)}] {signatures[second].Kind}");
        }
    }
}
