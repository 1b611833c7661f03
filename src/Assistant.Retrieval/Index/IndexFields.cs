namespace Assistant.Retrieval.Index;

/// <summary>Field names of the passage index.</summary>
internal static class IndexFields
{
    /// <summary>The passage's document id: indexed (a document is re-indexed by deleting its passages) and as doc values.</summary>
    public const string DocId = "doc";

    /// <summary>The passage's position in its document's passage list (doc values).</summary>
    public const string Position = "n";

    public const string Province = "province";

    // The passage text with its role words.
    public const string Exact = "exact";
    public const string Folded = "folded";
    public const string ExactBigrams = "exact2";
    public const string FoldedBigrams = "folded2";

    // The context of the passage: the headings above it, its document's title and its place words.
    public const string Headings = "heading";
    public const string FoldedHeadings = "heading_folded";
    public const string HeadingBigrams = "heading2";
    public const string FoldedHeadingBigrams = "heading_folded2";

    // The document's title: the same for all passages of a document, it prefers the document a question names.
    public const string Title = "title";
    public const string FoldedTitle = "title_folded";
}
