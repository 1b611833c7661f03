namespace Assistant.Core.Lexicon;

/// <summary>A term as the official documents write it and the everyday words citizens use for it.</summary>
/// <param name="Term">The documents' term ("thông tin sai lệch").</param>
/// <param name="Variants">Everyday words for it ("tin đồn", "tin giả"); one with a capital letter matches only that case ("AI").</param>
public sealed record ThesaurusEntry(string Term, IReadOnlyList<string> Variants);
