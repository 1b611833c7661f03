using Assistant.Core.Documents;
using Lucene.Net.Store;

namespace Assistant.Retrieval.Index;

/// <summary>Indexes the whole corpus in memory at every build: for runs that keep nothing (evaluations, tests).</summary>
internal sealed class MemoryIndexBuilder : IPassageIndexBuilder
{
    /// <summary>The one instance.</summary>
    public static MemoryIndexBuilder Instance { get; } = new();

    /// <inheritdoc />
    public PassageIndex Build(IReadOnlyList<ParsedDocument> documents)
    {
        var directory = new RAMDirectory();
        using (var writer = IndexWriters.Open(directory, Lucene.Net.Index.OpenMode.CREATE, TimeSpan.Zero))
        {
            foreach (var document in documents)
            {
                writer.AddDocuments(PassageDocuments.Of(document));
            }

            writer.Commit();
        }

        return new PassageIndex(directory, documents);
    }
}
