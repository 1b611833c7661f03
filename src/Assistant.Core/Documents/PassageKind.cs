namespace Assistant.Core.Documents;

/// <summary>Which part of an administrative document a passage comes from.</summary>
public enum PassageKind
{
    /// <summary>Title, number and date, "Căn cứ…" and the opening paragraphs.</summary>
    Header,

    /// <summary>The body: articles, sections, items and bullets.</summary>
    Body,

    /// <summary>The "Nơi nhận" list.</summary>
    Recipients,

    /// <summary>The signature block (title of the signer and the name).</summary>
    Signature,
}
