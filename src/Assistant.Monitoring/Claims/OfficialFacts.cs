using Assistant.Core.Documents;
using Assistant.Core.Text;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Facts the corpus states about documents, read once from the indexed documents: the date of each document cited
/// by number ("71-NQ/TW ngày 22/8/2025"), who signed each document, and which document a province or number names.
/// </summary>
internal sealed class OfficialFacts
{
    private OfficialFacts(
        IReadOnlyDictionary<string, (DateMention Date, string Written, OfficialSource Source)> dates,
        IReadOnlyList<(string FoldedSigner, ParsedDocument Document)> signers,
        IReadOnlyList<(string FoldedPlace, ParsedDocument Document)> places,
        IReadOnlyDictionary<string, ParsedDocument> byNumber)
    {
        Dates = dates;
        Signers = signers;
        Places = places;
        ByNumber = byNumber;
    }

    /// <summary>Document number → its date as the corpus cites it, how the number is written, and a passage citing it.</summary>
    public IReadOnlyDictionary<string, (DateMention Date, string Written, OfficialSource Source)> Dates { get; }

    /// <summary>Folded signer names and their documents.</summary>
    public IReadOnlyList<(string FoldedSigner, ParsedDocument Document)> Signers { get; }

    /// <summary>Folded province names ("can tho") and the province's document.</summary>
    public IReadOnlyList<(string FoldedPlace, ParsedDocument Document)> Places { get; }

    /// <summary>Document number → the one document its short title names ("157" → the Decision 157 report).</summary>
    public IReadOnlyDictionary<string, ParsedDocument> ByNumber { get; }

    /// <summary>Reads the facts from the documents.</summary>
    public static OfficialFacts Read(IReadOnlyList<ParsedDocument> documents)
    {
        var dateVotes = new Dictionary<string, Dictionary<DateOnly, (int Votes, DateMention Date, string Written, OfficialSource Source)>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var passage in document.Passages)
            {
                var text = ClaimText.Of(passage.Text);
                var passageDates = text.Dates();
                foreach (var reference in text.References())
                {
                    var date = passageDates.FirstOrDefault(d => d.Position > reference.Position && d.Position - reference.Position <= 24
                        && text.Folded.AsSpan(reference.Position, d.Position - reference.Position).Contains("ngay", StringComparison.Ordinal));
                    if (date is null)
                    {
                        continue;
                    }

                    var written = text.Slice(reference.Position, text.Folded.IndexOf(" ngay", reference.Position, StringComparison.Ordinal) - reference.Position);
                    var votes = dateVotes.TryGetValue(reference.Number, out var found) ? found : dateVotes[reference.Number] = [];
                    votes[date.Date] = votes.TryGetValue(date.Date, out var vote)
                        ? vote with { Votes = vote.Votes + 1 }
                        : (1, date, written, new OfficialSource(document.Info, passage));
                }
            }
        }

        var dates = dateVotes.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Values.OrderByDescending(v => v.Votes).Select(v => (v.Date, v.Written, v.Source)).First(),
            StringComparer.Ordinal);
        var signers = documents
            .Where(d => !string.IsNullOrWhiteSpace(d.Info.Signer))
            .Select(d => (VietnameseText.Fold(VietnameseText.Normalize(d.Info.Signer!)).ToLowerInvariant(), d))
            .ToList();
        var places = documents
            .Where(d => !string.IsNullOrWhiteSpace(d.Info.Province))
            .Select(d => (d.Info.Province!.Replace('-', ' '), d))
            .ToList();
        var byNumber = documents
            .SelectMany(d => ClaimText.Of(d.Info.ShortTitle ?? d.Info.Title).References().Select(r => (r.Number, Document: d)))
            .GroupBy(pair => pair.Number, StringComparer.Ordinal)
            .Where(group => group.Select(pair => pair.Document.Info.Id).Distinct().Count() == 1)
            .ToDictionary(group => group.Key, group => group.First().Document, StringComparer.Ordinal);
        return new OfficialFacts(dates, signers, places, byNumber);
    }
}
