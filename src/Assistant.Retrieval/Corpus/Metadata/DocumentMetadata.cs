using System.Globalization;
using Assistant.Core.Documents;

namespace Assistant.Retrieval.Corpus.Metadata;

/// <summary>
/// Metadata values of a document as one source gives them (a header, a file's properties, the text, a sidecar of values
/// staff confirmed); any may be missing. Sources are layered with <see cref="Over"/>, then turned into a validated
/// <see cref="DocumentInfo"/>. An empty value (a sidecar's <c>"province": ""</c>) stands for "none" and hides what a lower layer says.
/// </summary>
public sealed record DocumentMetadata
{
    /// <summary>Nothing known.</summary>
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>Document id (a slug).</summary>
    public string? Id { get; init; }

    /// <summary>Title.</summary>
    public string? Title { get; init; }

    /// <summary>Short name used inside answers.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>Issuing body.</summary>
    public string? Issuer { get; init; }

    /// <summary>Province slug.</summary>
    public string? Province { get; init; }

    /// <summary>Kind slug (ke-hoach, quyet-dinh…).</summary>
    public string? Kind { get; init; }

    /// <summary>Signer.</summary>
    public string? Signer { get; init; }

    /// <summary>Document number as printed ("Số: 12/KH-UBND" gives "12/KH-UBND").</summary>
    public string? Number { get; init; }

    /// <summary>Date, yyyy-MM-dd.</summary>
    public string? Date { get; init; }

    /// <summary>Note on a blank or partial date.</summary>
    public string? DateNote { get; init; }

    /// <summary>Source file name.</summary>
    public string? Source { get; init; }

    /// <summary>These values, each missing one taken from <paramref name="fallback"/>.</summary>
    public DocumentMetadata Over(DocumentMetadata fallback) => new()
    {
        Id = Id ?? fallback.Id,
        Title = Title ?? fallback.Title,
        ShortTitle = ShortTitle ?? fallback.ShortTitle,
        Issuer = Issuer ?? fallback.Issuer,
        Province = Province ?? fallback.Province,
        Kind = Kind ?? fallback.Kind,
        Signer = Signer ?? fallback.Signer,
        Number = Number ?? fallback.Number,
        Date = Date ?? fallback.Date,
        DateNote = DateNote ?? fallback.DateNote,
        Source = Source ?? fallback.Source,
    };

    /// <summary>The values of <paramref name="info"/>.</summary>
    public static DocumentMetadata From(DocumentInfo info) => new()
    {
        Id = info.Id,
        Title = info.Title,
        ShortTitle = info.ShortTitle,
        Issuer = info.Issuer,
        Province = info.Province,
        Kind = info.Kind,
        Signer = info.Signer,
        Number = info.Number,
        Date = info.Date,
        DateNote = info.DateNote,
        Source = info.SourceFile,
    };

    /// <summary>The validated document metadata; throws <see cref="CorpusFormatException"/> naming <paramref name="filePath"/> and the bad value.</summary>
    public DocumentInfo ToInfo(string filePath)
    {
        var values = WithoutBlanks();
        return values.Validated(filePath);
    }

    private DocumentMetadata WithoutBlanks() => new()
    {
        Id = Blank(Id), Title = Blank(Title), ShortTitle = Blank(ShortTitle), Issuer = Blank(Issuer), Province = Blank(Province), Kind = Blank(Kind),
        Signer = Blank(Signer), Number = Blank(Number), Date = Blank(Date), DateNote = Blank(DateNote), Source = Blank(Source),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private DocumentInfo Validated(string filePath)
    {
        var id = Id ?? throw new CorpusFormatException(filePath, "the metadata has no \"id\"");
        var title = Title ?? throw new CorpusFormatException(filePath, "the metadata has no \"title\"");
        RequireSlug(filePath, "id", id);
        RequireSlug(filePath, "province", Province);
        RequireSlug(filePath, "kind", Kind);
        if (Date is not null && !DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new CorpusFormatException(filePath, $"the date \"{Date}\" is not a yyyy-MM-dd date (leave it out and explain in dateNote when the text gives none)");
        }

        return new DocumentInfo(id, title, Issuer, Province, Kind, Signer, Date, DateNote, Source ?? Path.GetFileName(filePath))
        {
            ShortTitle = ShortTitle,
            Number = Number,
        };
    }

    private static void RequireSlug(string filePath, string key, string? value)
    {
        if (value is not null && !DocumentSlug.IsValid(value))
        {
            throw new CorpusFormatException(filePath, $"the {key} \"{value}\" must be lower-case ASCII words joined by hyphens, e.g. \"can-tho-ke-hoach\"");
        }
    }
}
