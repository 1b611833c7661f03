namespace Assistant.Evaluation.Gold;

/// <summary>The valid items of a gold file and one error per invalid line.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">Valid items, in file order.</param>
/// <param name="Errors">"file line N: problem" for each invalid line.</param>
public sealed record GoldFile<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Errors);
