namespace Assistant.Evaluation.Articles;

/// <summary>One question of an article benchmark (ALQAC's <c>questions.json</c>; choices and answers are not read).</summary>
/// <param name="QuestionId">Question id.</param>
/// <param name="QuestionType">Kind of question ("Đúng/Sai", "Trắc nghiệm", "Tự luận"), for the breakdown.</param>
/// <param name="Text">The question as searched.</param>
/// <param name="RelevantArticles">The articles that answer it.</param>
public sealed record ArticleQuestion(string? QuestionId, string? QuestionType, string? Text, IReadOnlyList<ArticleReference>? RelevantArticles)
{
    /// <summary>The relevant articles as keys (valid only after <see cref="ArticleQuestionReader"/> accepted the question).</summary>
    public IReadOnlySet<ArticleKey> Relevant { get; } = (RelevantArticles ?? []).Select(r => r.Key).OfType<ArticleKey>().ToHashSet();
}
