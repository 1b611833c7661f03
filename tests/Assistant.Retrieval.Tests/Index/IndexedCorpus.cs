using Assistant.Retrieval.Corpus;
using Assistant.Core.Configuration;
using Assistant.Core.Provinces;
using Assistant.Retrieval.Search;
using Assistant.Retrieval.Tests.Corpus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Retrieval.Tests.Index;

/// <summary>A corpus folder and a data folder in a temp folder, and indexers over them as separate starts would make.</summary>
internal sealed class IndexedCorpus : IDisposable
{
    private static readonly ProvinceDirectory Provinces = ProvinceDirectory.Load(new CorpusOptions().ProvincesPath);
    private readonly TempFolder root = new();

    public IndexedCorpus()
    {
        Directory.CreateDirectory(DocumentsPath);
        Write("a", "Kế hoạch A", "Sở Giáo dục tổ chức tập huấn cho giáo viên về chuyển đổi số.");
        Write("b", "Kế hoạch B", "Ủy ban nhân dân cấp xã tuyên truyền trên loa truyền thanh.");
        Write("c", "Kế hoạch C", "Báo chí mở chuyên mục về đổi mới giáo dục.");
    }

    public string DocumentsPath => Path.Combine(root.Path, "corpus", "documents");

    public string IndexPath => Path.Combine(root.Path, "data", new IndexOptions().Folder);

    /// <summary>Writes (or rewrites) a corpus document.</summary>
    public void Write(string id, string title, string body) =>
        File.WriteAllText(Path.Combine(DocumentsPath, id + ".md"), $"---\nid: {id}\ntitle: {title}\nkind: ke-hoach\n---\n{body}\n");

    public void Delete(string id) => File.Delete(Path.Combine(DocumentsPath, id + ".md"));

    /// <summary>An indexer as a new process would make it, logging to <paramref name="logger"/>.</summary>
    public CorpusIndexer Indexer(ILogger<CorpusIndexer> logger, int lockTimeoutSeconds = 10)
    {
        var corpus = new CorpusOptions { Directory = Path.Combine(root.Path, "corpus") };
        return new(
            Options.Create(corpus),
            Options.Create(new RetrievalOptions()),
            Options.Create(new IndexOptions { WriteLockTimeoutSeconds = lockTimeoutSeconds }),
            Options.Create(new DataOptions { Directory = Path.Combine(root.Path, "data") }),
            Provinces,
            new ServiceCollection().AddSingleton(Options.Create(corpus)).AddSingleton(Provinces).AddCorpusLoading()
                .BuildServiceProvider().GetRequiredService<CorpusLoader>(),
            logger);
    }

    public void Dispose() => root.Dispose();
}
