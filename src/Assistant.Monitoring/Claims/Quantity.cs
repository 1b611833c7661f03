namespace Assistant.Monitoring.Claims;

/// <summary>
/// A number with what it counts: a percentage ("70%") or a count ("20 - 30 sản phẩm"), with the folded content
/// words around it so that only numbers about the same subject are compared.
/// </summary>
/// <param name="Value">The number, or the lower bound of a range.</param>
/// <param name="Unit">"%" for a percentage, else the two folded words after the number.</param>
/// <param name="Display">The number as written, with its unit, for reasons.</param>
/// <param name="Context">Folded content words near the number (mostly the subject after it).</param>
/// <param name="Negated">The text denies the number ("không phải 100%"): it is not what the text claims.</param>
internal sealed record Quantity(decimal Value, string Unit, string Display, IReadOnlySet<string> Context, bool Negated = false)
{
    /// <summary>The upper bound when the text writes a range ("20 - 30", "từ 20 đến 30"), else null.</summary>
    public decimal? UpTo { get; init; }

    /// <summary>Where the number starts in the folded text.</summary>
    public int Position { get; init; }

    /// <summary>
    /// True when this number says what <paramref name="official"/> says: the same value, the same range, or a single
    /// value inside the official range.
    /// </summary>
    public bool Agrees(Quantity official) =>
        UpTo is null
            ? Value >= official.Value && Value <= (official.UpTo ?? official.Value)
            : Value == official.Value && UpTo == (official.UpTo ?? official.Value);
}
