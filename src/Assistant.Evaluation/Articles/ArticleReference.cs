using System.Globalization;

namespace Assistant.Evaluation.Articles;

/// <summary>A relevant article as the questions file names it.</summary>
/// <param name="LawId">The law's name.</param>
/// <param name="ArticleId">The article number, as text.</param>
public sealed record ArticleReference(string? LawId, string? ArticleId)
{
    /// <summary>The article it names, or null when the law or the number is missing or not a number.</summary>
    public ArticleKey? Key =>
        !string.IsNullOrWhiteSpace(LawId) && int.TryParse(ArticleId, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new ArticleKey(LawId.Trim(), number)
            : null;
}
