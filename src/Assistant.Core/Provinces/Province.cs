namespace Assistant.Core.Provinces;

/// <summary>One of the 34 provinces (since the merger of 1/7/2025), with the former provinces merged into it.</summary>
/// <param name="Slug">Stable id, e.g. <c>can-tho</c>; documents name their province by it.</param>
/// <param name="Name">Vietnamese name, e.g. "Cần Thơ".</param>
/// <param name="AsciiName">Name without diacritics.</param>
/// <param name="Kind"><c>tinh</c> or <c>thanh-pho</c>.</param>
/// <param name="Aliases">Other names citizens use ("Sài Gòn", "Thừa Thiên Huế").</param>
/// <param name="Former">Former provinces merged into this one.</param>
/// <param name="Ambiguous">True when the bare name is also a common phrase and needs a capital letter or a "tỉnh" prefix.</param>
public sealed record Province(
    string Slug,
    string Name,
    string AsciiName,
    string Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<FormerProvince> Former,
    bool Ambiguous)
{
    /// <summary>The name as a sentence writes it: "thành phố Cần Thơ", "tỉnh Lạng Sơn" ("TP Hồ Chí Minh" as it is).</summary>
    public string Label =>
        Name.StartsWith("TP ", StringComparison.Ordinal) ? Name : (Kind == "thanh-pho" ? "thành phố " : "tỉnh ") + Name;
}
