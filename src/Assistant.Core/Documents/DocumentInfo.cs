namespace Assistant.Core.Documents;

/// <summary>Metadata of one official document in the corpus (the header of its file).</summary>
/// <param name="Id">Stable id used in citations, e.g. <c>can-tho-ke-hoach</c>.</param>
/// <param name="Title">Vietnamese title shown to citizens.</param>
/// <param name="Issuer">Issuing body, e.g. "UBND thành phố Cần Thơ".</param>
/// <param name="Province">Province slug, or null for a national document.</param>
/// <param name="Kind">Document kind: <c>quyet-dinh</c>, <c>ke-hoach</c>, <c>tin-bai</c>…</param>
/// <param name="Signer">Who signed it, when the text says.</param>
/// <param name="Date">Date as the text gives it, or null when it gives none.</param>
/// <param name="DateNote">A note on the date when it is blank or partial in the text.</param>
/// <param name="SourceFile">The seed file it came from.</param>
public sealed record DocumentInfo(
    string Id,
    string Title,
    string? Issuer,
    string? Province,
    string? Kind,
    string? Signer,
    string? Date,
    string? DateNote,
    string? SourceFile)
{
    /// <summary>A short name used inside answers ("Kế hoạch của UBND tỉnh Lạng Sơn"), or null to derive one.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>The document number as printed after "Số:" ("12/KH-UBND"), or null.</summary>
    public string? Number { get; init; }

    /// <summary>True when the text was read from a scan by OCR, so answers can say so.</summary>
    public bool FromScan { get; init; }
}
