using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Assistant.Monitoring.Classification;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>train --input P.jsonl --output M.zip [--folds 5]</c>: prints cross-validated metrics, then trains the
/// classifier on every line and saves it. Bad lines are named by number and skipped.
/// </summary>
public static class TrainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "JSONL file of {\"id\",\"text\",\"label\"} lines", Required = true };
        var output = new Option<string>("--output") { Description = "The model .zip to write", Required = true };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (0 skips cross-validation)", DefaultValueFactory = _ => 5 };
        var command = new Command("train", "Train the post classifier and print cross-validated metrics") { input, output, folds };
        command.SetAction((parse, cancellationToken) => TrainAsync(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(folds), cancellationToken));
        return command;
    }

    private static async Task<int> TrainAsync(string inputPath, string outputPath, int folds, CancellationToken cancellationToken)
    {
        if (!File.Exists(inputPath))
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy tệp đầu vào '{inputPath}'.");
            return 2;
        }

        var read = await new LabelledPostReader().ReadFileAsync(inputPath, cancellationToken);
        foreach (var error in read.Errors)
        {
            Console.Error.WriteLine($"Lỗi ở dòng {error.LineNumber}: {error.Message}; bỏ qua dòng này.");
        }

        var trainer = new PostClassifierTrainer(new ClassifierOptions().ToTrainingSettings());
        try
        {
            if (folds >= 2)
            {
                var validation = trainer.CrossValidate(read.Posts, folds, cancellationToken);
                var mean = validation.Mean;
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Kiểm định chéo {folds} phần trên {mean.Count} bài: ROC-AUC {mean.RocAuc:F4}, PR-AUC {mean.PrAuc:F4}, precision {mean.Precision:F4}, recall {mean.Recall:F4}, F1 {mean.F1:F4}, accuracy {mean.Accuracy:F4}"));
            }

            var clock = Stopwatch.StartNew();
            using var trained = trainer.Train(read.Posts);
            trained.Save(outputPath);
            Console.WriteLine($"Đã huấn luyện trên {read.Posts.Count} bài trong {clock.Elapsed.TotalSeconds:F1} giây và lưu mô hình vào {outputPath}.");
        }
        catch (ArgumentException exception)
        {
            Console.Error.WriteLine($"Lỗi: không huấn luyện được ({exception.Message}).");
            return 2;
        }

        return read.Errors.Count == 0 ? 0 : 1;
    }
}
