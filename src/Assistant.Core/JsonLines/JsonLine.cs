using System.Diagnostics.CodeAnalysis;

namespace Assistant.Core.JsonLines;

/// <summary>One non-blank line of a JSON Lines file: the item it holds, or why it holds none.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Number">1-based line number in the file (blank lines counted).</param>
/// <param name="Item">The item, or default when <paramref name="Problem"/> is not <see cref="JsonLineProblem.None"/>.</param>
/// <param name="Problem">Why the line gave no item.</param>
/// <param name="Detail">For <see cref="JsonLineProblem.InvalidJson"/>, the parser's English description.</param>
public sealed record JsonLine<T>(int Number, T? Item, JsonLineProblem Problem = JsonLineProblem.None, string? Detail = null)
{
    /// <summary>Whether the line was read into <see cref="Item"/>.</summary>
    [MemberNotNullWhen(true, nameof(Item))]
    public bool HasItem => Problem == JsonLineProblem.None;

    /// <summary>The problem in English for logs (without the line number), or null when the line was read.</summary>
    public string? Error => Problem switch
    {
        JsonLineProblem.None => null,
        JsonLineProblem.Null => "empty line (null)",
        _ => $"invalid JSON ({Detail})",
    };
}
