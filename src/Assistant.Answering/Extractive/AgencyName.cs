using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// The name of an agency as these plans write it in a heading ("b) Sở Văn hóa, Thể thao và Du lịch") or as the
/// subject of a sentence ("Bộ Ngoại giao phối hợp …"), in folded syllables, so that a question naming it —
/// with or without diacritics, abbreviated or not — can be recognised as being about that agency.
/// </summary>
internal sealed record AgencyName(IReadOnlyList<string> Tokens)
{
    private const int LongestHeading = 80;
    private const double NamedShare = 0.6;
    private const int LeadingTokens = 3;

    private static readonly Regex AgencyHeading = new(
        @"^(Sở|Bộ|Ủy ban|Uỷ ban|UBND|Ban|Báo|Đài|Các|Công an|Hội|Tỉnh đoàn|Thành đoàn|Văn phòng|Cơ quan)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly HashSet<string> Fillers = new(["va", "cac", "cua", "thanh", "pho", "tinh"], StringComparer.Ordinal);
    private static readonly HashSet<string> LeadingHeads = new(["so", "bo", "uy", "ban", "bao", "dai"], StringComparer.Ordinal);

    /// <summary>The agency a heading names, or null when the heading is a task or a theme, not an agency.</summary>
    public static AgencyName? FromHeading(string heading)
    {
        var text = CitationLabels.HeadingText(heading);
        if (text.Length > LongestHeading || !AgencyHeading.IsMatch(text))
        {
            return null;
        }

        var tokens = VietnameseAnalyzer.AnalyzeQuery(text).Folded.Where(t => !Fillers.Contains(t)).ToList();
        return tokens.Count == 0 ? null : new AgencyName(tokens);
    }

    /// <summary>
    /// True when the question names this agency: most of its syllables are in the question and its first two
    /// ("sở ngoại", "bộ văn") stand together there, which tells "Sở Văn hóa…" from "Bộ Văn hóa…".
    /// </summary>
    public bool IsNamedIn(QuestionReading question)
    {
        var found = Tokens.Count(question.Words.Contains);
        return found >= NamedShare * Tokens.Count
            && (Tokens.Count == 1 || question.HasPair(Tokens[0], Tokens[1]));
    }

    /// <summary>True when the sentence opens with an agency the question names ("Bộ Ngoại giao phối hợp …").</summary>
    public static bool LeadsSentence(SentenceReading sentence, QuestionReading question)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < LeadingTokens || !LeadingHeads.Contains(tokens[0]))
        {
            return false;
        }

        for (var i = 0; i + LeadingTokens <= question.Tokens.Count; i++)
        {
            var match = true;
            for (var j = 0; j < LeadingTokens && match; j++)
            {
                match = question.Tokens[i + j] == tokens[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
