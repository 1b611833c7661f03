using Assistant.Core.Monitoring;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;

namespace Assistant.Review.Workflow;

/// <summary>
/// The province an item belongs to: the first province the post names, else the province of the first matched passage's
/// document (from the index when available, else the document id's province prefix, e.g. <c>can-tho-ke-hoach</c>).
/// </summary>
public sealed class ItemProvinceResolver(ProvinceDirectory provinces, IRetriever? retriever = null)
{
    /// <summary>The province slug, or null for a national or unplaced item.</summary>
    public string? Resolve(string text, IReadOnlyList<OfficialPassage> passages)
    {
        if (provinces.FindIn(text) is [var first, ..])
        {
            return first.Province.Slug;
        }

        foreach (var passage in passages)
        {
            var indexed = retriever?.Documents.FirstOrDefault(d => d.Info.Id == passage.Doc)?.Info.Province;
            var slug = indexed ?? provinces.All.FirstOrDefault(p => passage.Doc.StartsWith(p.Slug + "-", StringComparison.Ordinal))?.Slug;
            if (slug is not null)
            {
                return slug;
            }
        }

        return null;
    }

    /// <summary>The province's Vietnamese name ("Cần Thơ"), "(không rõ)" for none, the slug itself when unknown.</summary>
    public string NameOf(string? slug) => slug is null ? "(không rõ)" : provinces.Find(slug)?.Name ?? slug;
}
