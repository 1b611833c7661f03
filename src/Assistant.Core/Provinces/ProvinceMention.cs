namespace Assistant.Core.Provinces;

/// <summary>A province named in a text.</summary>
/// <param name="Province">The current province.</param>
/// <param name="MatchedName">The name as it matched (a former province's name when <paramref name="ViaFormer"/>).</param>
/// <param name="ViaFormer">True when the text named a former province ("Hậu Giang" → Cần Thơ).</param>
/// <param name="Position">Character offset of the match in the text (normalised to NFC).</param>
/// <param name="Length">Characters the match spans there.</param>
public sealed record ProvinceMention(Province Province, string MatchedName, bool ViaFormer, int Position, int Length);
