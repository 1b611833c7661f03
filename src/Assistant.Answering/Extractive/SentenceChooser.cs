using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Agencies;
using Assistant.Core.Documents;
using Assistant.Core.Retrieval;

namespace Assistant.Answering.Extractive;

/// <summary>
/// Chooses the one to three sentences an answer is made of: the best ones for a plain question; the items of
/// one list for "gồm những gì" and for what an agency must do (the duties under its heading); the line naming
/// the agency in charge ("Cơ quan thực hiện: …") for "cơ quan nào".
/// </summary>
internal static class SentenceChooser
{
    private const int MinimumLead = 40;
    private const int MaxAnnouncedItems = 10;

    private static readonly Regex AnnouncedCount = new(@"\b(\d{1,2})\s+\p{L}+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex RoleLine = new(
        @"^(co quan (thuc hien|chu tri|phoi hop|thuong truc|dau moi)|don vi (thuc hien|chu tri)|phan cong thuc hien)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The sentences of the answer, in document order.</summary>
    /// <remarks>With <paramref name="provinceAsked"/>, an answer that starts from a province's own plan stays in it.</remarks>
    public static IReadOnlyList<CandidateSentence> Choose(
        IReadOnlyList<CandidateSentence> ranked, QuestionReading question, IReadOnlyList<ParsedDocument> documents, AgencyDirectory agencies, ExtractiveOptions settings, bool provinceAsked = false)
    {
        if (ranked.Count == 0)
        {
            return [];
        }

        var best = ranked[0];
        var passage = best.Hit.Passage;
        var level = PassageReading.Of(passage, agencies).NamedHeading(question);
        if (question.Type == QuestionType.List)
        {
            if (passage.Text.TrimEnd().EndsWith(':'))
            {
                return Introduced(best, documents, agencies, settings);
            }

            if (level >= 0 && level < passage.Headings.Count - 1)
            {
                return Outline(best, level, documents, settings);
            }
        }

        if (question.AsksDuty)
        {
            var anchor = ranked.FirstOrDefault(c => c.Score >= settings.SubjectAnchorRatio * best.Score && PassageReading.Of(c.Hit.Passage, agencies).NamesAgency(question));
            if (anchor is not null)
            {
                return PassageReading.Of(anchor.Hit.Passage, agencies).HeadingAgency is not null
                    ? Gather(anchor, documents, agencies, settings)
                    : Follow(ranked, anchor, settings, provinceAsked);
            }
        }

        // "Yêu cầu … gồm những gì?": the question names the list's own heading, so the list is the answer.
        if (question.Type == QuestionType.List && passage.Headings.Count > 0 && level == passage.Headings.Count - 1)
        {
            return Gather(best, documents, agencies, settings);
        }

        var chosen = Follow(ranked, best, settings, provinceAsked);
        return question.Type == QuestionType.Agency ? WithRoleLines(chosen, documents, agencies, settings) : chosen;
    }

    /// <summary>The best sentence, then the next best ones while they score close to it and the answer stays short.</summary>
    private static List<CandidateSentence> Follow(IReadOnlyList<CandidateSentence> ranked, CandidateSentence first, ExtractiveOptions settings, bool provinceAsked)
    {
        var chosen = new List<CandidateSentence> { first };
        var length = first.Text.Length;
        foreach (var candidate in ranked)
        {
            if (chosen.Count == settings.MaxSentences || candidate.Score < settings.FollowingSentenceRatio * first.Score)
            {
                break;
            }

            // Asked of a province, an answer that starts from its own plan stays in it: no padding from other documents.
            var otherDocument = provinceAsked && first.Hit.Document.Province is not null && candidate.Hit.Passage.DocId != first.Hit.Passage.DocId;
            if (otherDocument || chosen.Any(c => c.Text == candidate.Text) || length + candidate.Text.Length > settings.MaxAnswerChars)
            {
                continue;
            }

            chosen.Add(candidate);
            length += candidate.Text.Length;
        }

        return InDocumentOrder(chosen);
    }

    /// <summary>
    /// The items of the list <paramref name="anchor"/> belongs to (the passages under the same headings): the first
    /// ones in document order, the anchor always among them, as many as fit.
    /// </summary>
    private static List<CandidateSentence> Gather(CandidateSentence anchor, IReadOnlyList<ParsedDocument> documents, AgencyDirectory agencies, ExtractiveOptions settings)
    {
        var items = Siblings(anchor, documents, agencies);
        var window = items.Count <= settings.MaxListItems || items.Take(settings.MaxListItems).Contains(anchor)
            ? items.Take(settings.MaxListItems).ToList()
            : [.. items.Take(settings.MaxListItems - 1), anchor];
        var chosen = new List<CandidateSentence>();
        var length = anchor.Text.Length;
        foreach (var item in window.Select(i => i == anchor || window.Count == 1 ? i : i with { Text = Lead(i.Text, settings.ListItemChars) }))
        {
            if (item == anchor || length + item.Text.Length <= settings.MaxListChars)
            {
                chosen.Add(item);
                length += item == anchor ? 0 : item.Text.Length;
            }
        }

        return chosen;
    }

    /// <summary>
    /// A sentence that announces a list ("… 4 nhiệm vụ, giải pháp trọng tâm sau:"), then the first items that follow
    /// it: each new section's title (its heading), or its first sentence when it has no heading of its own.
    /// </summary>
    private static List<CandidateSentence> Introduced(CandidateSentence intro, IReadOnlyList<ParsedDocument> documents, AgencyDirectory agencies, ExtractiveOptions settings)
    {
        var chosen = new List<CandidateSentence> { intro };
        var seen = new HashSet<string>(StringComparer.Ordinal) { intro.Hit.Passage.Section };
        // A list that announces its length ("4 nhiệm vụ … sau:") is given whole.
        var length = AnnouncedCount.Match(intro.Text) is { Success: true } count ? Math.Min(int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture), MaxAnnouncedItems) : settings.MaxListItems;
        foreach (var passage in Following(intro, documents))
        {
            if (chosen.Count > length)
            {
                break;
            }

            if (seen.Add(passage.Section))
            {
                var title = passage.Headings.Count > 0 && !passage.Headings.SequenceEqual(intro.Hit.Passage.Headings, StringComparer.Ordinal)
                    ? CitationLabels.HeadingText(passage.Headings[^1])
                    : PassageReading.Of(passage, agencies).Sentences[0].Text;
                chosen.Add(new CandidateSentence(title, new ScoredPassage(passage, intro.Hit.Document, intro.Hit.Score), 0));
            }
        }

        return chosen;
    }

    /// <summary>
    /// A list question naming a whole section ("Kế hoạch gồm những nhiệm vụ, giải pháp nào?"): the titles of its
    /// first subsections, each cited with its first passage.
    /// </summary>
    private static List<CandidateSentence> Outline(CandidateSentence best, int level, IReadOnlyList<ParsedDocument> documents, ExtractiveOptions settings)
    {
        var trail = best.Hit.Passage.Headings.Take(level + 1).ToList();
        var document = documents.FirstOrDefault(d => d.Info.Id == best.Hit.Passage.DocId);
        return [.. (document?.Passages ?? [])
            .Where(p => p.Headings.Count > level + 1 && p.Headings.Take(level + 1).SequenceEqual(trail, StringComparer.Ordinal))
            .DistinctBy(p => p.Headings[level + 1])
            .Take(settings.MaxListItems)
            .Select(p => new CandidateSentence(CitationLabels.HeadingText(p.Headings[level + 1]), new ScoredPassage(p, best.Hit.Document, best.Hit.Score), 0))];
    }

    private static IEnumerable<Passage> Following(CandidateSentence anchor, IReadOnlyList<ParsedDocument> documents)
    {
        var passage = anchor.Hit.Passage;
        var document = documents.FirstOrDefault(d => d.Info.Id == passage.DocId);
        return (document?.Passages ?? []).Where(p => p.Ordinal > passage.Ordinal && p.Kind == passage.Kind).OrderBy(p => p.Ordinal);
    }

    /// <summary>A long list item shortened to its first clause (up to the first ";"), the way one reads a list aloud.</summary>
    private static string Lead(string item, int longest)
    {
        var end = item.IndexOf(';', StringComparison.Ordinal);
        return item.Length > longest && end >= MinimumLead ? item[..end] : item;
    }

    /// <summary>
    /// For "cơ quan nào": when the chosen sentences describe a task without saying who does it, the line of the
    /// same item that names the agency in charge ("Cơ quan thực hiện: Sở Giáo dục và Đào tạo").
    /// </summary>
    private static List<CandidateSentence> WithRoleLines(List<CandidateSentence> chosen, IReadOnlyList<ParsedDocument> documents, AgencyDirectory agencies, ExtractiveOptions settings)
    {
        var best = chosen[0];
        if (PassageReading.Of(best.Hit.Passage, agencies).HeadingAgency is not null || chosen.Any(c => IsRoleLine(c, agencies)))
        {
            return chosen;
        }

        var roles = Siblings(best, documents, agencies).Where(c => IsRoleLine(c, agencies)).Take(Math.Max(1, settings.MaxSentences - 1)).ToList();
        return roles.Count == 0 ? chosen : InDocumentOrder([best, .. roles]);
    }

    /// <summary>One sentence per passage under the same headings as <paramref name="anchor"/>, in document order (the anchor itself for its own passage).</summary>
    private static List<CandidateSentence> Siblings(CandidateSentence anchor, IReadOnlyList<ParsedDocument> documents, AgencyDirectory agencies)
    {
        var passage = anchor.Hit.Passage;
        var document = documents.FirstOrDefault(d => d.Info.Id == passage.DocId);
        var siblings = document?.Passages
            .Where(p => p.Kind == passage.Kind && p.Headings.SequenceEqual(passage.Headings, StringComparer.Ordinal))
            .OrderBy(p => p.Ordinal)
            .ToList() ?? [];
        if (siblings.Count <= 1)
        {
            return [.. PassageReading.Of(passage, agencies).Sentences.Select((s, i) => i == anchor.Index ? anchor : anchor with { Text = s.Text, Index = i, Score = 0 })];
        }

        return [.. siblings.Select(p => p.Ordinal == passage.Ordinal ? anchor
            : new CandidateSentence(PassageReading.Of(p, agencies).Sentences[0].Text, new ScoredPassage(p, anchor.Hit.Document, anchor.Hit.Score), 0))];
    }

    private static bool IsRoleLine(CandidateSentence candidate, AgencyDirectory agencies) =>
        RoleLine.IsMatch(PassageReading.Of(candidate.Hit.Passage, agencies).Sentences[candidate.Index].Folded);

    private static List<CandidateSentence> InDocumentOrder(List<CandidateSentence> chosen) =>
        [.. chosen.OrderBy(c => c.Hit.Passage.Ordinal).ThenBy(c => c.Index)];
}
