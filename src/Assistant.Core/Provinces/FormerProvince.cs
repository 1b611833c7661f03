namespace Assistant.Core.Provinces;

/// <summary>A province that no longer exists as a unit, merged into a current one.</summary>
/// <param name="Name">Vietnamese name, e.g. "Hậu Giang".</param>
/// <param name="AsciiName">Name without diacritics.</param>
/// <param name="Aliases">Other spellings.</param>
/// <param name="Ambiguous">True when the bare name is also a common phrase ("hòa bình").</param>
public sealed record FormerProvince(string Name, string AsciiName, IReadOnlyList<string> Aliases, bool Ambiguous);
