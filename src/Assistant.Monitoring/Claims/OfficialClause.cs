using Assistant.Core.Documents;

namespace Assistant.Monitoring.Claims;

/// <summary>One clause of an official passage (between full stops or semicolons) with its folded content word pairs.</summary>
/// <param name="Document">The document.</param>
/// <param name="Passage">The passage the clause is in.</param>
/// <param name="Text">The reading of the passage.</param>
/// <param name="Start">Where the clause starts in the passage's folded text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Pairs">Its adjacent pairs of folded content words ("xu_ly").</param>
internal sealed record OfficialClause(ParsedDocument Document, Passage Passage, ClaimText Text, int Start, int Length, IReadOnlySet<string> Pairs)
{
    /// <summary>The passage as a source a reason can quote.</summary>
    public OfficialSource Source => new(Document.Info, Passage);

    /// <summary>The clause as a short quotation (about 220 characters at most, cut at a word).</summary>
    public string Quote()
    {
        var quoted = Text.Slice(Start, Length).Trim();
        if (quoted.Length <= 220)
        {
            return quoted;
        }

        var cut = quoted.LastIndexOf(' ', 220);
        return quoted[..(cut > 0 ? cut : 220)] + "…";
    }
}
