using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// A question analysed once for answering: its type, its folded syllables (abbreviations written out), and what
/// it asks beyond the type — who signed, what an agency it names must do, who holds an office.
/// </summary>
internal sealed record QuestionReading(
    string Text,
    string Folded,
    QuestionType Type,
    IReadOnlyList<string> Tokens,
    IReadOnlySet<string> Words,
    IReadOnlySet<string> Pairs,
    bool AsksWhoSigned)
{
    private static readonly Regex Duty = new(
        @"nhiem vu|lam gi|lam nhung (gi|viec)|trach nhiem|duoc giao|phai lam|nhung viec|vai tro|chu tri (gi|nhung)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Reads <paramref name="question"/>.</summary>
    public static QuestionReading Of(string question)
    {
        var analyzed = VietnameseAnalyzer.AnalyzeQuery(question);
        var folded = QuestionTypeDetector.Fold(question);
        return new QuestionReading(
            question,
            folded,
            QuestionTypeDetector.DetectFolded(folded),
            analyzed.Folded,
            analyzed.Folded.ToHashSet(StringComparer.Ordinal),
            analyzed.FoldedBigrams.ToHashSet(StringComparer.Ordinal),
            QuestionTypeDetector.AsksWhoSigned(question));
    }

    /// <summary>True when the question asks what someone must do ("có nhiệm vụ gì", "làm gì", "được giao").</summary>
    public bool AsksDuty => Duty.IsMatch(Folded);

    /// <summary>True when the two folded syllables stand next to each other in the question.</summary>
    public bool HasPair(string first, string second) => Pairs.Contains(first + "_" + second);
}
