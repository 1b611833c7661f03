namespace Assistant.Evaluation.Articles;

/// <summary>An article of the benchmark's laws, as the dataset gives it: its title on the first line, then its text.</summary>
/// <param name="Key">Its law and number.</param>
/// <param name="Text">Title and text.</param>
public sealed record LawArticle(ArticleKey Key, string Text);
