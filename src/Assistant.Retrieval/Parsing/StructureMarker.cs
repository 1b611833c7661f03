namespace Assistant.Retrieval.Parsing;

/// <summary>The marker that opens a structural item, and the item's text without it.</summary>
/// <param name="Kind">Which kind of item.</param>
/// <param name="Label">The label used in section paths ("III", "4", "a", "Điều 1"); empty for bullets.</param>
/// <param name="Text">The paragraph text after the marker.</param>
internal sealed record StructureMarker(MarkerKind Kind, string Label, string Text)
{
    /// <summary>Nesting depth: an item closes every open item of the same or a deeper rank.</summary>
    public int Rank => Kind switch
    {
        MarkerKind.Article or MarkerKind.Roman => 1,
        MarkerKind.Number => 2,
        MarkerKind.Letter => 3,
        MarkerKind.Bullet => 4,
        _ => 5,
    };

    /// <summary>Bullets keep the section path of their parent.</summary>
    public bool IsBullet => Kind is MarkerKind.Bullet or MarkerKind.SubBullet;
}
