using Assistant.Core.Agencies;

namespace Assistant.Monitoring.Claims.Lexicon;

/// <summary>
/// Finds issuing bodies in a text with their level: the levels of <c>claims.json</c> ("Quốc hội", "UBND") and the known
/// agencies of <c>agencies.json</c> by their head word ("Sở GD&amp;ĐT" is a Sở), the longest mention winning.
/// </summary>
internal sealed class IssuingBodies(ClaimLexicon lexicon, AgencyDirectory agencies)
{
    /// <summary>The bodies named in [start, end) of the text, in order, each with its level, position and length.</summary>
    public IReadOnlyList<(IssuerLevel Level, int Position, int Length)> FindIn(ClaimText text, int start = 0, int end = -1)
    {
        var limit = end < 0 ? text.Folded.Length : end;
        var levels = lexicon.Levels.Where(l => !l.Phrases.IsEmpty)
            .SelectMany(l => l.Phrases.FindAll(text, start, limit).Select(m => (Level: l, m.Position, m.Length)));
        var known = agencies.Known
            .Select(a => (Agency: a, Level: lexicon.LevelOfAgency(a.Name)))
            .Where(a => a.Level is not null)
            .SelectMany(a => a.Agency.FoldedNames.SelectMany(name => Occurrences(text, name, start, limit).Select(at => (Level: a.Level!, Position: at, name.Length))));
        var taken = new List<(IssuerLevel Level, int Position, int Length)>();
        foreach (var match in levels.Concat(known).OrderBy(m => m.Position).ThenByDescending(m => m.Length))
        {
            if (taken.Count == 0 || match.Position >= taken[^1].Position + taken[^1].Length)
            {
                taken.Add(match);
            }
        }

        return taken;
    }

    /// <summary>The level of a body's name as the documents write it ("Chủ tịch Ủy ban nhân dân thành phố Hải Phòng" → Ủy ban nhân dân).</summary>
    public IssuerLevel? LevelOf(string issuer) => FindIn(ClaimText.Of(issuer)).Select(m => m.Level).FirstOrDefault();

    private static IEnumerable<int> Occurrences(ClaimText text, string folded, int start, int end)
    {
        for (var at = text.IndexOf(folded, start); at >= 0 && at + folded.Length <= end; at = text.IndexOf(folded, at + 1))
        {
            yield return at;
        }
    }
}
