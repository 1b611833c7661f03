using Assistant.Core.Documents;

namespace Assistant.Core.Retrieval;

/// <summary>Searches the official documents for the passages that answer a Vietnamese question.</summary>
public interface IRetriever
{
    /// <summary>The documents currently indexed.</summary>
    IReadOnlyList<ParsedDocument> Documents { get; }

    /// <summary>Finds the best passages for a query; a named province's documents are preferred.</summary>
    SearchResult Search(string query, int top = 10);
}
