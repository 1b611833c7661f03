namespace Assistant.Retrieval.Parsing;

/// <summary>
/// The items open at the current point of the body ("III", "4", "a", a bullet), giving the section path and the
/// heading trail of each passage. Bullets never enter the path: they keep their parent's.
/// </summary>
internal sealed class SectionTracker
{
    private readonly List<(StructureMarker Marker, string Heading)> open = [];

    /// <summary>True before the first item of a body (an unstructured text such as a news report).</summary>
    public bool IsEmpty => open.Count == 0;

    /// <summary>Section path of the innermost open item, e.g. "III.4.a"; empty when none.</summary>
    public string Path => string.Join('.', open.Where(e => !e.Marker.IsBullet).Select(e => e.Marker.Label));

    /// <summary>Path of the outermost open item ("V"), for the closing paragraph of the body.</summary>
    public string TopPath => open.Count > 0 && !open[0].Marker.IsBullet ? open[0].Marker.Label : string.Empty;

    /// <summary>Opens an item: closes every open item of the same or a deeper rank first.</summary>
    public void Open(StructureMarker marker, string heading)
    {
        while (open.Count > 0 && open[^1].Marker.Rank >= marker.Rank)
        {
            open.RemoveAt(open.Count - 1);
        }

        open.Add((marker, heading));
    }

    /// <summary>Closes open bullets: a plain paragraph belongs to the nearest numbered or lettered item.</summary>
    public void CloseBullets()
    {
        while (open.Count > 0 && open[^1].Marker.IsBullet)
        {
            open.RemoveAt(open.Count - 1);
        }
    }

    /// <summary>Headings of the open items, leaving out the innermost <paramref name="skipInnermost"/> ones.</summary>
    public IReadOnlyList<string> Headings(int skipInnermost = 0) =>
        open.Take(Math.Max(0, open.Count - skipInnermost)).Select(e => e.Heading).ToList();

    /// <summary>Heading of the outermost open item only.</summary>
    public IReadOnlyList<string> TopHeadings() => open.Count > 0 ? [open[0].Heading] : [];
}
