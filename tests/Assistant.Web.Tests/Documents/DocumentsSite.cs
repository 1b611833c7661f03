using Assistant.Core.Configuration;
using Assistant.Web.Tests.Corpus;
using Assistant.Web.Tests.Review;

namespace Assistant.Web.Tests.Documents;

/// <summary>The review site over a corpus of the seeds without Lạng Sơn's plan, which tests upload as a PDF.</summary>
public sealed class DocumentsSite : ReviewSite
{
    /// <summary>The corpus folder.</summary>
    public DirectoryInfo Corpus { get; } = Without(CorpusFolder.Create("assistant-documents-", withDocuments: true), "lang-son-ke-hoach.md");

    /// <summary>Lạng Sơn's plan exported to PDF (the Retrieval tests' fixture).</summary>
    public static string LangSonPdf => Path.Combine(RepositoryPaths.Resolve("tests/Assistant.Retrieval.Tests/TestData/Documents/pdf"), "lang-son-ke-hoach.pdf");

    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string>> MoreSettings =>
        [new("Corpus:Directory", Corpus.FullName), new("CorpusWatch:DebounceMilliseconds", "100")];

    private static DirectoryInfo Without(DirectoryInfo corpus, string fileName)
    {
        File.Delete(Path.Combine(corpus.FullName, "documents", fileName));
        return corpus;
    }
}
