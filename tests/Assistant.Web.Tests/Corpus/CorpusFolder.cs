using Assistant.Core.Configuration;

namespace Assistant.Web.Tests.Corpus;

/// <summary>A temporary corpus folder with the repository's province list and lexicon, and its documents when asked.</summary>
internal static class CorpusFolder
{
    /// <summary>A new folder under the temporary directory; <paramref name="withDocuments"/> copies the seed documents too.</summary>
    public static DirectoryInfo Create(string prefix, bool withDocuments)
    {
        var source = new CorpusOptions();
        var corpus = Directory.CreateTempSubdirectory(prefix);
        Directory.CreateDirectory(Path.Combine(corpus.FullName, "documents"));
        Directory.CreateDirectory(Path.Combine(corpus.FullName, "lexicon"));
        File.Copy(source.ProvincesPath, Path.Combine(corpus.FullName, "provinces.json"));
        foreach (var file in Directory.GetFiles(source.LexiconPath, "*.json"))
        {
            File.Copy(file, Path.Combine(corpus.FullName, "lexicon", Path.GetFileName(file)));
        }

        foreach (var file in withDocuments ? Directory.GetFiles(source.DocumentsPath, "*.md") : [])
        {
            File.Copy(file, Path.Combine(corpus.FullName, "documents", Path.GetFileName(file)));
        }

        return corpus;
    }
}
