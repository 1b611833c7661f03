using System.Text.RegularExpressions;
using Assistant.Core.Documents;
using Assistant.Core.Retrieval;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// "Nghị quyết 71 là gì / về cái gì / do cơ quan nào ban hành?": a question about what a document it names by number is
/// or who issued it, answered from how the
/// documents themselves name it in full ("Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển
/// giáo dục và đào tạo"), not from a sentence that merely mentions it.
/// </summary>
internal static class DocumentAbout
{
    /// <summary>The kinds of document a question or a sentence names, folded.</summary>
    private const string Kind = "(nghi quyet|quyet dinh|ke hoach|chuong trinh)";

    private static readonly Regex Reference = new($@"\b{Kind}\s+(so\s+)?(\d+)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>"Quyết định này có hiệu lực…": a sentence about its own document.</summary>
    private static readonly Regex SelfReference = new($@"\b{Kind} nay\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex GuessedIssuer = new(@"\bban hanh\b.*\b(?:la )?cua ([\p{L}\s]+?)\s*(?:ha|a|phai khong|dung khong|khong)?\s*\??\s*$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["nghi quyet"] = "Nghị quyết", ["quyet dinh"] = "Quyết định", ["ke hoach"] = "Kế hoạch", ["chuong trinh"] = "Chương trình",
    };

    /// <summary>The kind (folded: "quyet dinh") and number of the document the question names ("Quyết định 157"), or null.</summary>
    public static (string Kind, string Number)? NamedReference(QuestionReading question) =>
        Reference.Match(question.Folded) is { Success: true } reference ? (reference.Groups[1].Value, reference.Groups[3].Value) : null;

    /// <summary>
    /// True when the sentence (folded, lower case) speaks of its own document as a document of <paramref name="kind"/>
    /// ("Quyết định này…" for "quyet dinh"): it answers nothing about another document of that kind.
    /// </summary>
    public static bool RefersToItselfAs(string foldedSentence, string kind) =>
        SelfReference.Matches(foldedSentence).Any(m => m.Groups[1].Value == kind);

    /// <summary>True when the document's id carries <paramref name="number"/> ("quyet-dinh-157-ttg").</summary>
    public static bool IsNumbered(DocumentInfo document, string number) => document.Id.Split('-').Contains(number, StringComparer.Ordinal);

    /// <summary>The named document's full description and the sentence it stands in, or null when the question is not of this kind or no document describes it.</summary>
    public static CandidateSentence? Find(QuestionReading question, SearchResult search, IReadOnlyList<ParsedDocument> documents)
    {
        var asksAbout = question.Type == QuestionType.Definition || (question.Type is QuestionType.Agency or QuestionType.Who && !question.AsksWhoSigned);
        if (!asksAbout || Reference.Match(question.Folded) is not { Success: true } reference)
        {
            return null;
        }

        // Nothing asked beyond the document itself and its issuer ("Nghị quyết 71 về cái gì?", "… cơ quan nào ban hành?"),
        // perhaps with the issuer the citizen guesses ("…, của Quốc hội hả?"), which the answer confirms or corrects.
        var named = VietnameseAnalyzer.AnalyzeQuery(reference.Value).Folded.ToHashSet(StringComparer.Ordinal);
        if (GuessedIssuer.Match(question.Folded) is { Success: true } guess)
        {
            named.UnionWith(VietnameseAnalyzer.AnalyzeQuery(guess.Groups[1].Value).Folded);
        }

        if (search.QueryTerms.Any(t => !named.Contains(t) && t is not ("noi" or "dung" or "chinh" or "ban" or "hanh" or "co" or "quan" or "do")))
        {
            return null;
        }

        var kind = Kinds[reference.Groups[1].Value];
        var number = reference.Groups[3].Value;
        var description = new Regex(
            $@"{Regex.Escape(kind)}\s+số\s+{number}[^\s,;.]*(\s+ngày\s+[\d/]+)?\s+của\s+[^,;.()]+?\s+về\s+[^,;.()]+",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (var document in documents.OrderBy(d => d.Info.Province is null ? 0 : 1))
        {
            foreach (var passage in document.Passages.Where(p => p.Kind is not (PassageKind.Signature or PassageKind.Recipients)))
            {
                if (description.Match(VietnameseText.Normalize(passage.Text)) is { Success: true } found)
                {
                    return new CandidateSentence(found.Value.Trim(), new ScoredPassage(passage, document.Info, search.Hits.FirstOrDefault()?.Score ?? 0), 1.0);
                }
            }
        }

        return null;
    }
}
