namespace Assistant.Monitoring.Claims;

/// <summary>
/// A number with what it counts: a percentage ("70%") or a count ("20 - 30 sản phẩm"), with the folded content
/// words around it so that only numbers about the same subject are compared.
/// </summary>
/// <param name="Value">The number.</param>
/// <param name="Unit">"%" for a percentage, else the two folded words after the number.</param>
/// <param name="Display">The number as written, with its unit, for reasons.</param>
/// <param name="Context">Folded content words near the number (mostly the subject after it).</param>
/// <param name="Negated">The text denies the number ("không phải 100%"): it is not what the text claims.</param>
internal sealed record Quantity(decimal Value, string Unit, string Display, IReadOnlySet<string> Context, bool Negated = false);
