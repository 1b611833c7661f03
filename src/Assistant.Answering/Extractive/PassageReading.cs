using System.Runtime.CompilerServices;
using Assistant.Core.Agencies;
using Assistant.Core.Documents;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// A passage analysed once for sentence selection: its heading words (all, and of the heading right above it), the
/// agency its heading names in folded words without fillers (when the heading is one, as in "4. Sở Ngoại vụ"), whether
/// its first sentence may open with an agency, its words and its sentences. Kept per passage instance for as long as
/// the index holds the passage.
/// </summary>
internal sealed record PassageReading(
    IReadOnlySet<string> HeadingWords,
    IReadOnlySet<string> LastHeadingWords,
    IReadOnlyList<string>? HeadingAgency,
    bool OpensWithAgency,
    IReadOnlyList<IReadOnlyList<string>> HeadingTitles,
    IReadOnlySet<string> Words,
    IReadOnlyList<SentenceReading> Sentences)
{
    private const int LongestHeading = 80;
    private const double NamedShare = 0.6;
    private const int LeadingTokens = 3;

    private static readonly ConditionalWeakTable<Passage, PassageReading> Cache = [];

    /// <summary>The reading of <paramref name="passage"/>, analysed on first use.</summary>
    public static PassageReading Of(Passage passage, AgencyDirectory agencies) => Cache.GetValue(passage, p => Read(p, agencies));

    /// <summary>
    /// The words of <paramref name="passage"/>, from its kept reading or read without keeping it: a table over the whole corpus
    /// (<see cref="TermRarity"/>) must not keep a reading of every passage alive.
    /// </summary>
    public static IReadOnlySet<string> WordsOf(Passage passage) =>
        Cache.TryGetValue(passage, out var kept) ? kept.Words
        : SentenceSelector.Split(passage.Text).SelectMany(s => VietnameseAnalyzer.Analyze(s).Folded).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the passage is under a heading naming the agency the question names — most of its words are in the
    /// question and its first two ("sở ngoại", "bộ văn") stand together there, which tells "Sở Văn hóa…" from "Bộ Văn
    /// hóa…" — or when its first sentence opens with the question's words ("Bộ Ngoại giao phối hợp …").
    /// </summary>
    public bool NamesAgency(QuestionReading question) =>
        (HeadingAgency is { } agency
            && agency.Count(question.Words.Contains) >= NamedShare * agency.Count
            && (agency.Count == 1 || question.HasPair(agency[0], agency[1])))
        || (OpensWithAgency && OpensWith(question));

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

    private bool OpensWith(QuestionReading question)
    {
        var tokens = Sentences[0].Tokens;
        for (var i = 0; i + LeadingTokens <= question.Tokens.Count; i++)
        {
            if (Enumerable.Range(0, LeadingTokens).All(j => question.Tokens[i + j] == tokens[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static PassageReading Read(Passage passage, AgencyDirectory agencies)
    {
        var sentences = SentenceSelector.Split(passage.Text).Select(SentenceReading.Of).ToList();
        var first = sentences.Count == 0 ? [] : sentences[0].Tokens;
        return new PassageReading(
            VietnameseAnalyzer.Analyze(string.Join(" ", passage.Headings)).Folded.ToHashSet(StringComparer.Ordinal),
            passage.Headings.Count == 0 ? new HashSet<string>() : VietnameseAnalyzer.Analyze(passage.Headings[^1]).Folded.ToHashSet(StringComparer.Ordinal),
            passage.Headings.Count == 0 ? null : HeadingAgencyOf(passage.Headings[^1], agencies),
            first.Count >= LeadingTokens && agencies.LeadsSentence(first[0]),
            passage.Headings.Select(SectionTitle.Tokens).ToList(),
            sentences.SelectMany(s => s.Words).ToHashSet(StringComparer.Ordinal),
            sentences);
    }

    /// <summary>The folded words of the agency a heading names, fillers left out, or null when the heading is a task or a theme.</summary>
    private static List<string>? HeadingAgencyOf(string heading, AgencyDirectory agencies)
    {
        var text = CitationLabels.HeadingText(heading);
        if (text.Length > LongestHeading || !agencies.IsHeading(text))
        {
            return null;
        }

        var tokens = VietnameseAnalyzer.AnalyzeQuery(text).Folded.Where(t => !agencies.Fillers.Contains(t)).ToList();
        return tokens.Count == 0 ? null : tokens;
    }
}
