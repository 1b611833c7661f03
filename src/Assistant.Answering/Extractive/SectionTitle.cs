using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// The title of a section ("2. Yêu cầu", "III. NHIỆM VỤ VÀ GIẢI PHÁP") as folded syllables, to recognise a list
/// question that names a whole section ("Yêu cầu của kế hoạch gồm những gì?").
/// </summary>
internal static class SectionTitle
{
    private const int LongestTitle = 80;
    private const int FewestTokens = 2;

    private static readonly HashSet<string> Fillers = new(["va", "cac", "cua"], StringComparer.Ordinal);

    /// <summary>The title's syllables without its marker and fillers; empty for a long heading (a task, not a title).</summary>
    public static IReadOnlyList<string> Tokens(string heading)
    {
        var text = CitationLabels.HeadingText(heading);
        return text.Length > LongestTitle ? [] : VietnameseAnalyzer.AnalyzeQuery(text).Folded.Where(t => !Fillers.Contains(t)).ToList();
    }

    /// <summary>True when every syllable of the title is in the question.</summary>
    public static bool IsNamedIn(IReadOnlyList<string> title, QuestionReading question) =>
        title.Count >= FewestTokens && title.All(question.Words.Contains);
}
