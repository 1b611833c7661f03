using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Evaluation.Peer;

/// <summary>Builds an FTS5 MATCH expression from a question: every word quoted, joined with OR.</summary>
public static partial class FtsQuery
{
    /// <summary>
    /// The words of the question (letters, marks and digits; NFC, lower case, each once), each as an FTS5 string
    /// (inner quotes doubled) and joined with OR; empty when the question has no word.
    /// </summary>
    public static string Build(string question)
    {
        var words = Word().Matches(question.Normalize(NormalizationForm.FormC).ToLowerInvariant())
            .Select(m => m.Value)
            .Distinct(StringComparer.Ordinal);
        return string.Join(" OR ", words.Select(Quote));
    }

    /// <summary>An FTS5 string literal: the text in double quotes, inner double quotes doubled.</summary>
    public static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();
}
