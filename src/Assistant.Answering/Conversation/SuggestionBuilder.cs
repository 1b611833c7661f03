using System.Text.RegularExpressions;
using Assistant.Answering.Extractive;
using Assistant.Core.Agencies;
using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Assistant.Core.Documents;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;
using Assistant.Core.Text;

namespace Assistant.Answering.Conversation;

/// <summary>
/// Up to four follow-up questions that the answer's documents can answer next: the duties of another agency the cited
/// section names, the same question for a province not yet talked about, who signed or when the document was issued
/// (only when its header says), another section of it. Each candidate is rewritten as the conversation would rewrite it
/// and answered by the extractive answerer; only those answered (not refused) are offered. Questions only, never facts.
/// </summary>
/// <param name="retriever">The indexed documents.</param>
/// <param name="provinces">The province list.</param>
/// <param name="agencies">Agency head words, to find agency headings.</param>
/// <param name="rewriter">The follow-up rewriter the conversation uses.</param>
/// <param name="checker">The extractive answerer behind question understanding: fast, no network.</param>
/// <param name="checks">The checker's answers by standalone question, so a question asked again costs no new checks (its own cache, not the conversation's).</param>
public sealed class SuggestionBuilder(IRetriever retriever, ProvinceDirectory provinces, AgencyDirectory agencies, IQuestionRewriter rewriter, IAnswerer checker, AnswerCache checks)
{
    private const int Most = 4;
    private const int MostTried = 8;
    private const int AgencyChars = 70;

    private static readonly Regex HeadingNumber = new(@"^\s*(\*\*)?\s*([IVXLC]+|\d+(\.\d+)*|[a-zđ])\s*[.)/-]\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex AgencyEnd = new(@"[,:;(]|\s(là|chủ trì|phối hợp|có trách nhiệm|tham mưu)\s", RegexOptions.CultureInvariant);

    /// <summary>Suggestions after <paramref name="answer"/> to <paramref name="asked"/>, each one answerable.</summary>
    public async Task<IReadOnlyList<string>> ForAsync(Answer answer, string asked, CancellationToken cancellationToken = default)
    {
        var history = new[] { new ConversationTurn(answer.Question, answer) };
        var accepted = new List<string>(Most);
        foreach (var candidate in Candidates(answer, asked).Distinct(StringComparer.Ordinal).Where(c => !SameText(c, asked)).Take(MostTried))
        {
            var standalone = await rewriter.RewriteAsync(candidate, history, cancellationToken);
            var check = checks.Find(standalone);
            if (check is null)
            {
                check = await checker.AnswerAsync(standalone, cancellationToken);
                checks.Store(standalone, check);
            }

            if (!check.Refused)
            {
                accepted.Add(candidate);
                if (accepted.Count == Most)
                {
                    break;
                }
            }
        }

        return accepted;
    }

    private IEnumerable<string> Candidates(Answer answer, string asked)
    {
        var documents = retriever.Documents;
        var cited = answer.Citations.Count > 0 ? documents.FirstOrDefault(d => d.Info.Id == answer.Citations[0].Doc) : null;
        var talkedAbout = TalkedAbout(answer, asked);
        if (answer.Refused || cited is null)
        {
            foreach (var plan in documents.Where(d => d.Info.Province is not null && !talkedAbout.Contains(d.Info.Province)))
            {
                if (provinces.Find(plan.Info.Province!) is { } province)
                {
                    yield return $"{Capitalize(Noun(plan.Info.Kind))} của {province.Name} giao những nhiệm vụ gì?";
                }
            }

            foreach (var signed in documents.Where(d => d.Info.Signer is not null))
            {
                yield return $"Ai ký {CitationLabels.DocumentName(signed.Info)}?";
            }

            yield break;
        }

        var folded = Folded(asked);
        var noun = Noun(cited.Info.Kind);
        foreach (var agency in OtherAgencies(cited, answer.Citations, folded).Take(2))
        {
            yield return $"{agency} có nhiệm vụ gì trong {noun} này?";
        }

        foreach (var province in OtherProvinces(cited.Info.Province, documents, talkedAbout).Take(2))
        {
            yield return $"Còn {province.Name} thì sao?";
        }

        if (cited.Info.Signer is not null && !Regex.IsMatch(folded, @"\bky\b"))
        {
            yield return $"Ai ký {noun} này?";
        }

        if (cited.Info.Date is not null && !Regex.IsMatch(folded, @"\b(ngay|ban hanh|khi nao|bao gio)\b"))
        {
            yield return $"{Capitalize(noun)} này được ban hành ngày nào?";
        }

        if (NextSectionHeading(cited, answer.Citations[0].Section) is { } heading)
        {
            yield return $"{Capitalize(noun)} này nói gì về {heading}?";
        }

        yield return $"{Capitalize(noun)} này có những nội dung chính nào?";
    }

    /// <summary>Province slugs the question, the answer or its citations already name.</summary>
    private HashSet<string> TalkedAbout(Answer answer, string asked)
    {
        var named = provinces.FindIn(asked).Concat(provinces.FindIn(answer.Question)).Concat(provinces.FindIn(answer.Text))
            .Select(mention => mention.Province.Slug);
        var cited = answer.Citations
            .Select(c => retriever.Documents.FirstOrDefault(d => d.Info.Id == c.Doc)?.Info.Province)
            .OfType<string>();
        return named.Concat(cited).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Provinces with a plan in the corpus, not yet talked about, starting after the cited one (so each plan leads to another).</summary>
    private IEnumerable<Province> OtherProvinces(string? current, IReadOnlyList<ParsedDocument> documents, HashSet<string> talkedAbout)
    {
        if (current is null)
        {
            return [];
        }

        var withPlans = documents.Select(d => d.Info.Province).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var start = withPlans.IndexOf(current) + 1;
        return withPlans.Skip(start).Concat(withPlans.Take(start))
            .Where(slug => !talkedAbout.Contains(slug))
            .Select(provinces.Find)
            .OfType<Province>();
    }

    /// <summary>
    /// Agencies that head other items of the first cited top-level section ("4. Sở Ngoại vụ", "Sở Y tế chủ trì…"), in
    /// document order after the first cited item; none the answer already cites or the question names.
    /// </summary>
    private IEnumerable<string> OtherAgencies(ParsedDocument document, IReadOnlyList<Citation> citations, string foldedAsked)
    {
        var top = TopLevel(citations[0].Section);
        var passages = document.Passages.Where(p => p.Kind == PassageKind.Body && TopLevel(p.Section) == top).ToList();
        var first = passages.FindIndex(p => p.Section == citations[0].Section);
        var citedSections = citations.Where(c => c.Doc == document.Info.Id).Select(c => c.Section).ToHashSet(StringComparer.Ordinal);
        var citedAgencies = passages.Where(p => citedSections.Contains(p.Section)).Select(AgencyOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return passages.Skip(first + 1).Concat(passages.Take(Math.Max(first, 0)))
            .Select(AgencyOf)
            .OfType<string>()
            .Where(agency => !citedAgencies.Contains(agency) && !foldedAsked.Contains(Folded(agency), StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);
    }

    private string? AgencyOf(Passage passage)
    {
        if (passage.Headings.Count > 0 && CitationLabels.HeadingText(passage.Headings[^1]) is { Length: > 0 and <= AgencyChars } heading && agencies.IsHeading(heading))
        {
            return heading;
        }

        var text = CitationLabels.HeadingText(passage.Text);
        var end = AgencyEnd.Match(text);
        var lead = end.Success ? text[..end.Index].Trim() : null;
        return lead is { Length: > 3 and <= AgencyChars } && agencies.IsHeading(lead) ? lead : null;
    }

    /// <summary>The top-level heading of the first section after the cited one, tidied for a question ("nhiệm vụ và giải pháp").</summary>
    private static string? NextSectionHeading(ParsedDocument document, string citedSection)
    {
        var top = TopLevel(citedSection);
        var cited = document.Passages.FirstOrDefault(p => p.Section == citedSection);
        var after = cited?.Ordinal ?? -1;
        return document.Passages
            .Where(p => p.Ordinal > after && p.Kind == PassageKind.Body && p.Headings.Count > 0 && TopLevel(p.Section) != top)
            .Select(p => Tidy(p.Headings[0]))
            .FirstOrDefault(h => h is not null);
    }

    private static string TopLevel(string section) => section.Split('.', 2)[0];

    private static string? Tidy(string heading)
    {
        var text = HeadingNumber.Replace(heading.Replace("**", string.Empty, StringComparison.Ordinal), string.Empty).Trim().TrimEnd(':', '.');
        if (text.Length is < 4 or > 80)
        {
            return null;
        }

        return text.Any(char.IsLower) ? char.ToLowerInvariant(text[0]) + text[1..] : text.ToLowerInvariant();
    }

    private static string Noun(string? kind) => kind switch
    {
        "ke-hoach" => "kế hoạch",
        "quyet-dinh" => "quyết định",
        "nghi-quyet" => "nghị quyết",
        "cong-van" => "công văn",
        _ => "văn bản",
    };

    private static string Folded(string text) => VietnameseText.Fold(VietnameseText.Normalize(text)).ToLowerInvariant();

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static bool SameText(string suggestion, string asked) =>
        string.Equals(VietnameseText.Normalize(suggestion), VietnameseText.Normalize(asked.Trim()), StringComparison.OrdinalIgnoreCase);
}
