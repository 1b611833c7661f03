namespace Assistant.Retrieval.Index;

/// <summary>Field names of the passage index.</summary>
internal static class IndexFields
{
    public const string Ordinal = "n";
    public const string Province = "province";
    public const string Exact = "exact";
    public const string Folded = "folded";
    public const string ExactBigrams = "exact2";
    public const string FoldedBigrams = "folded2";
    public const string Context = "context";
    public const string FoldedContext = "context_folded";
    public const string FoldedContextBigrams = "context_folded2";
}
