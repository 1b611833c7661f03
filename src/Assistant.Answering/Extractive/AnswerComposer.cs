using System.Text;
using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Documents;

namespace Assistant.Answering.Extractive;

/// <summary>
/// Writes the chosen sentences as a short Vietnamese answer with numbered citations: "Theo &lt;document&gt;, mục
/// V.4 (Sở Ngoại vụ): … [1]"; items of one section become a short bulleted list under a single such line.
/// </summary>
internal static class AnswerComposer
{
    // A news item's dateline ("date 2026-01-22 (Ngày Nay) - ") is metadata, not something a citizen reads.
    private static readonly Regex Dateline = new(@"^\s*(date\s+)?\d{4}-\d{2}-\d{2}\s*(\([^)]*\))?\s*[-–]\s*", RegexOptions.Compiled);

    public static (string Text, IReadOnlyList<Citation> Citations) Compose(IReadOnlyList<CandidateSentence> chosen)
    {
        var citations = new List<Citation>();
        var text = new StringBuilder();
        string? lastDocument = null;
        foreach (var group in Groups(chosen))
        {
            var first = group[0].Hit;
            if (first.Passage.Kind == PassageKind.Signature && SignatureSentence.Of(group[0].Text, first.Document) is { } signed)
            {
                // "Kế hoạch của UBND tỉnh Lạng Sơn do ông Trần Thanh Nhàn, Phó Chủ tịch UBND tỉnh Lạng Sơn, ký. [1]"
                text.Append(text.Length > 0 ? "\n" : string.Empty)
                    .Append($"{CitationLabels.DocumentName(first.Document)} {signed}. [{Number(citations, group[0])}]");
                lastDocument = first.Passage.DocId;
                continue;
            }

            // An item that is itself a section title is labelled with the bare section name, not the title twice.
            var section = group.Count == 1 && first.Passage.Headings.Count > 0 && CitationLabels.HeadingText(first.Passage.Headings[^1]) == group[0].Text
                ? CitationLabels.SectionName(first.Passage.Section)
                : CitationLabels.SectionWithHeading(CommonSection(group), first.Passage.Headings);
            var lead = lastDocument == first.Passage.DocId
                ? $"{char.ToUpperInvariant(section[0])}{section[1..]}:"
                : $"Theo {CitationLabels.DocumentName(first.Document)}, {section}:";
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(lead);
            foreach (var sentence in group)
            {
                text.Append(group.Count == 1 ? " " : "\n- ")
                    .Append(Dateline.Replace(sentence.Text, string.Empty).TrimEnd(';', ',', ' '))
                    .Append($" [{Number(citations, sentence)}]");
            }

            lastDocument = first.Passage.DocId;
        }

        return (text.ToString(), citations);
    }

    /// <summary>The section path the group's passages share: "V.4" for "V.4.a" and "V.4.b".</summary>
    private static string CommonSection(List<CandidateSentence> group)
    {
        var parts = group[0].Hit.Passage.Section.Split('.');
        var shared = parts.Length;
        foreach (var sentence in group.Skip(1))
        {
            var other = sentence.Hit.Passage.Section.Split('.');
            shared = Math.Min(shared, parts.Zip(other).TakeWhile(p => p.First == p.Second).Count());
        }

        return shared == 0 ? group[0].Hit.Passage.Section : string.Join('.', parts.Take(shared));
    }

    /// <summary>Runs of sentences from the same document under the same headings, which share one citation line.</summary>
    private static List<List<CandidateSentence>> Groups(IReadOnlyList<CandidateSentence> chosen)
    {
        var groups = new List<List<CandidateSentence>>();
        foreach (var sentence in chosen)
        {
            var last = groups.Count == 0 ? null : groups[^1][0].Hit.Passage;
            var passage = sentence.Hit.Passage;
            if (last is not null && last.DocId == passage.DocId && last.Headings.SequenceEqual(passage.Headings, StringComparer.Ordinal))
            {
                groups[^1].Add(sentence);
            }
            else
            {
                groups.Add([sentence]);
            }
        }

        return groups;
    }

    private static int Number(List<Citation> citations, CandidateSentence sentence)
    {
        var passage = sentence.Hit.Passage;
        var number = citations.FindIndex(c => c.Doc == passage.DocId && c.Section == passage.Section && c.Text == passage.Text) + 1;
        if (number > 0)
        {
            return number;
        }

        citations.Add(CitationLabels.Cite(sentence.Hit));
        return citations.Count;
    }
}
