using System.Runtime.CompilerServices;
using Assistant.Core.Documents;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// A passage analysed once for sentence selection: its heading words (all, and of the heading right above it), the agency its heading names (when the
/// heading is one, as in "4. Sở Ngoại vụ"), its words and its sentences. Kept per passage instance for as long
/// as the index holds the passage.
/// </summary>
internal sealed record PassageReading(
    IReadOnlySet<string> HeadingWords,
    IReadOnlySet<string> LastHeadingWords,
    AgencyName? HeadingAgency,
    IReadOnlyList<IReadOnlyList<string>> HeadingTitles,
    IReadOnlySet<string> Words,
    IReadOnlyList<SentenceReading> Sentences)
{
    private static readonly ConditionalWeakTable<Passage, PassageReading> Cache = [];

    /// <summary>The reading of <paramref name="passage"/>, analysed on first use.</summary>
    public static PassageReading Of(Passage passage) => Cache.GetValue(passage, Read);

    /// <summary>True when the passage is under a heading naming the agency the question names, or opens with it.</summary>
    public bool NamesAgency(QuestionReading question) =>
        HeadingAgency?.IsNamedIn(question) == true || AgencyName.LeadsSentence(Sentences[0], question);

    /// <summary>
    /// The deepest heading level whose title the question names in full ("Yêu cầu", "NHIỆM VỤ VÀ GIẢI PHÁP"), or -1.
    /// </summary>
    public int NamedHeading(QuestionReading question)
    {
        for (var level = HeadingTitles.Count - 1; level >= 0; level--)
        {
            if (SectionTitle.IsNamedIn(HeadingTitles[level], question))
            {
                return level;
            }
        }

        return -1;
    }

    private static PassageReading Read(Passage passage)
    {
        var sentences = SentenceSelector.Split(passage.Text).Select(SentenceReading.Of).ToList();
        return new PassageReading(
            VietnameseAnalyzer.Analyze(string.Join(" ", passage.Headings)).Folded.ToHashSet(StringComparer.Ordinal),
            passage.Headings.Count == 0 ? new HashSet<string>() : VietnameseAnalyzer.Analyze(passage.Headings[^1]).Folded.ToHashSet(StringComparer.Ordinal),
            passage.Headings.Count == 0 ? null : AgencyName.FromHeading(passage.Headings[^1]),
            passage.Headings.Select(SectionTitle.Tokens).ToList(),
            sentences.SelectMany(s => s.Words).ToHashSet(StringComparer.Ordinal),
            sentences);
    }
}
