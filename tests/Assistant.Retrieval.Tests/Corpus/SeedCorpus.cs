using Assistant.Core.Configuration;
using Assistant.Core.Documents;
using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Tests.Corpus;

/// <summary>The repository's real corpus/documents folder, loaded once for all tests.</summary>
internal static class SeedCorpus
{
    private static readonly Lazy<IReadOnlyList<ParsedDocument>> Loaded = new(() => CorpusLoader.Load(DocumentsPath));

    /// <summary>The documents folder as configured by default (corpus/documents under the repository root).</summary>
    public static string DocumentsPath => new CorpusOptions().DocumentsPath;

    /// <summary>Every seed document.</summary>
    public static IReadOnlyList<ParsedDocument> Documents => Loaded.Value;

    /// <summary>The four provincial plans (they have a "Nơi nhận" list and a signature block).</summary>
    public static TheoryData<string> PlanIds => new("hai-phong-ke-hoach", "lang-son-ke-hoach", "quang-ngai-ke-hoach", "can-tho-ke-hoach");

    /// <summary>All five ids.</summary>
    public static TheoryData<string> AllIds => new("quyet-dinh-157-ttg", "hai-phong-ke-hoach", "lang-son-ke-hoach", "quang-ngai-ke-hoach", "can-tho-ke-hoach");

    /// <summary>The document with this id.</summary>
    public static ParsedDocument Get(string id) => Documents.Single(d => d.Info.Id == id);
}
