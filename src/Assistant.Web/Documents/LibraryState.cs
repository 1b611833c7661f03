namespace Assistant.Web.Documents;

/// <summary>Where a document file of the library is.</summary>
public enum LibraryState
{
    /// <summary>Uploaded, being checked; not searched.</summary>
    Draft,

    /// <summary>In the documents folder: searched and cited.</summary>
    Published,

    /// <summary>Taken out by staff; kept, not searched.</summary>
    Unpublished,

    /// <summary>Replaced by a newer version; kept, never searched or cited again.</summary>
    Superseded,
}
