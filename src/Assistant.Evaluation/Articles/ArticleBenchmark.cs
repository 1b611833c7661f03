using Assistant.Core.Documents;

namespace Assistant.Evaluation.Articles;

/// <summary>
/// An article-level retrieval benchmark loaded from its two files (ALQAC 2023's <c>articles.json</c> and
/// <c>questions.json</c>): the laws as parsed documents, the questions, and the bad entries of either file.
/// </summary>
/// <param name="Documents">One document per law.</param>
/// <param name="Articles">Articles read.</param>
/// <param name="Questions">The valid questions.</param>
/// <param name="Errors">One line per bad article or question.</param>
public sealed record ArticleBenchmark(IReadOnlyList<ParsedDocument> Documents, int Articles, IReadOnlyList<ArticleQuestion> Questions, IReadOnlyList<string> Errors)
{
    /// <summary>Reads both files and parses the laws with <paramref name="parse"/> (the corpus parser).</summary>
    /// <exception cref="InvalidDataException">A file is not the JSON it must be.</exception>
    public static ArticleBenchmark Load(string articlesPath, string questionsPath, Func<DocumentInfo, string, ParsedDocument> parse)
    {
        var articles = LawArticleReader.Read(articlesPath);
        var questions = ArticleQuestionReader.Read(questionsPath, articles.Items.Select(a => a.Key).ToHashSet());
        return new ArticleBenchmark(LawDocuments.Build(articles.Items, parse), articles.Items.Count, questions.Items, [.. articles.Errors, .. questions.Errors]);
    }

    /// <summary>Passages of every law.</summary>
    public int Passages => Documents.Sum(d => d.Passages.Count);

    /// <summary>Passages the parser put outside any "Điều N" (a header, a signature block): they never count as an article.</summary>
    public int PassagesOutsideArticles => Documents.Sum(d => d.Passages.Count(p => ArticleKey.OfPassage(p.DocId, p.Section) is null));
}
