using Assistant.Core.Documents;

namespace Assistant.Monitoring.Claims;

/// <summary>The documents a post speaks about: named by province ("Cần Thơ") or by number ("QĐ 157").</summary>
internal static class DocumentTargets
{
    /// <summary>The documents a post names, by province or by number.</summary>
    public static IReadOnlyList<ParsedDocument> Of(ClaimText post, OfficialFacts official) =>
        official.Places.Where(p => post.Contains(p.FoldedPlace)).Select(p => p.Document)
            .Concat(post.References().Select(r => official.ByNumber.GetValueOrDefault(r.Number)).OfType<ParsedDocument>())
            .DistinctBy(d => d.Info.Id)
            .ToList();
}
