using Assistant.Core.JsonLines;

namespace Assistant.Cli.Hosting;

/// <summary>A line of a command's input JSONL file, checked, with its problem said in Vietnamese for the terminal.</summary>
public static class InputLine
{
    /// <summary>The Vietnamese problem of <paramref name="line"/> (unreadable, or refused by <paramref name="validate"/>), or null when its item is good.</summary>
    public static string? Problem<T>(JsonLine<T> line, Func<T, string?> validate) => line.Problem switch
    {
        JsonLineProblem.None => validate(line.Item!),
        JsonLineProblem.Null => "dòng trống (null)",
        _ => $"JSON không hợp lệ ({line.Detail})",
    };
}
