namespace Assistant.Monitoring.Claims.Lexicon;

/// <summary>Finds the entries of a list in a text, the longest spelling winning where two overlap ("phó chủ tịch" over "chủ tịch").</summary>
internal static class PhraseMatches
{
    /// <summary>The non-overlapping matches of the entries in [start, end), in order.</summary>
    public static IReadOnlyList<(T Entry, int Position, int Length)> Longest<T>(IEnumerable<T> entries, Func<T, CuePhrases> phrases, ClaimText text, int start = 0, int end = -1)
    {
        var all = entries.SelectMany(e => phrases(e).FindAll(text, start, end).Select(m => (Entry: e, m.Position, m.Length)))
            .OrderBy(m => m.Position).ThenByDescending(m => m.Length);
        var taken = new List<(T Entry, int Position, int Length)>();
        foreach (var match in all)
        {
            if (taken.Count == 0 || match.Position >= taken[^1].Position + taken[^1].Length)
            {
                taken.Add(match);
            }
        }

        return taken;
    }
}
