using System.Globalization;
using System.Text;
using Assistant.Core.Configuration;
using Assistant.Evaluation.Articles;

namespace Assistant.Benchmarks.Scale;

/// <summary>
/// The national-size corpus of the scale benchmark, written to a work folder (never into the repository): each law of
/// ALQAC 2023 as a corpus file, and <c>copies - 1</c> more copies of it under other ids; the repository's provinces,
/// lexicon and posts linked beside it so the hosts read the same language data.
/// </summary>
public static class ScaleCorpus
{
    /// <summary>Writes the corpus folder under <paramref name="work"/> (rewriting only what differs) and returns it.</summary>
    public static string Write(string work, string articlesPath, int copies)
    {
        var corpus = Path.Combine(work, "corpus");
        var documents = Path.Combine(corpus, "documents");
        Directory.CreateDirectory(documents);
        foreach (var name in new[] { "provinces.json", "lexicon", "posts" })
        {
            var link = Path.Combine(corpus, name);
            if (!Path.Exists(link))
            {
                File.CreateSymbolicLink(link, Path.Combine(RepositoryPaths.Root, "corpus", name));
            }
        }

        var laws = LawArticleReader.Read(articlesPath).Items.GroupBy(a => a.Key.Law, StringComparer.Ordinal).ToList();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        for (var copy = 0; copy < copies; copy++)
        {
            for (var law = 0; law < laws.Count; law++)
            {
                var id = Id(law, copy);
                var path = Path.Combine(documents, id + ".md");
                wanted.Add(path);
                var text = $"---\nid: {id}\ntitle: {laws[law].Key}\nkind: {LawDocuments.Kind}\n---\n" + LawDocuments.Text(laws[law].OrderBy(a => a.Key.Number));
                if (!File.Exists(path) || File.ReadAllText(path) != text)
                {
                    File.WriteAllText(path, text, new UTF8Encoding(false));
                }
            }
        }

        foreach (var stale in Directory.EnumerateFiles(documents).Where(p => !wanted.Contains(p)))
        {
            File.Delete(stale);
        }

        return corpus;
    }

    /// <summary>The law an id of this corpus copies (its index in the order the laws first appear), or null.</summary>
    public static int? LawOf(string id) =>
        id.StartsWith("luat-", StringComparison.Ordinal) && id.Split('-') is [_, var law, _] ? int.Parse(law, CultureInfo.InvariantCulture) : null;

    private static string Id(int law, int copy) => string.Create(CultureInfo.InvariantCulture, $"luat-{law:D2}-{copy}");
}
