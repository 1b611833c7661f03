namespace Assistant.Core.Agencies;

/// <summary>A public body the plans give duties to, with the folded ways posts and documents write its name.</summary>
/// <param name="Name">The name as the documents write it.</param>
/// <param name="FoldedNames">Folded lower-case spellings, longest first ("bo giao duc va dao tao", "bo gd&amp;dt").</param>
public sealed record KnownAgency(string Name, IReadOnlyList<string> FoldedNames);
