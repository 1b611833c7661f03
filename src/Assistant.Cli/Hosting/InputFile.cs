using System.Runtime.CompilerServices;
using Assistant.Core.JsonLines;

namespace Assistant.Cli.Hosting;

/// <summary>
/// A command's input JSONL file: yields the items that read and pass <c>validate</c>; every other line is named
/// on standard error in Vietnamese, counted in <see cref="Failures"/>, and skipped.
/// </summary>
/// <typeparam name="T">The line type.</typeparam>
/// <param name="path">The file.</param>
/// <param name="validate">A Vietnamese problem of an item, or null when it is good.</param>
public sealed class InputFile<T>(string path, Func<T, string?> validate)
{
    /// <summary>Lines skipped so far.</summary>
    public int Failures { get; private set; }

    /// <summary>The good items, in file order.</summary>
    public async IAsyncEnumerable<T> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var line in JsonLinesReader.ReadFileAsync<T>(path, cancellationToken))
        {
            var problem = line.Problem switch
            {
                JsonLineProblem.None => validate(line.Item!),
                JsonLineProblem.Null => "dòng trống (null)",
                _ => $"JSON không hợp lệ ({line.Detail})",
            };
            if (problem is null)
            {
                yield return line.Item!;
            }
            else
            {
                Console.Error.WriteLine($"Lỗi ở dòng {line.Number}: {problem}; bỏ qua dòng này.");
                Failures++;
            }
        }
    }
}
