using Assistant.Core.Text;

namespace Assistant.Monitoring.Claims.Lexicon;

/// <summary>
/// One entry of <c>claims.json</c>: a name and its spellings, matched as whole words on the lower-case accented text,
/// or on the folded text with the unaccented spellings when the text is typed without diacritics.
/// </summary>
internal sealed class CuePhrases
{
    private readonly IReadOnlyList<string> accented;
    private readonly IReadOnlyList<string> unaccented;

    /// <summary>Builds an entry from its spellings (normalised and lower-cased here).</summary>
    public CuePhrases(string name, IEnumerable<string> written, IEnumerable<string>? unaccentedWritten)
    {
        Name = name;
        accented = written.Select(w => VietnameseText.Normalize(w.Trim()).ToLowerInvariant()).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        unaccented = (unaccentedWritten ?? accented).Select(w => VietnameseText.Fold(VietnameseText.Normalize(w.Trim())).ToLowerInvariant())
            .Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The name reasons use.</summary>
    public string Name { get; }

    /// <summary>True when the entry has no spelling (a level known only by its agencies' head word).</summary>
    public bool IsEmpty => accented.Count == 0;

    /// <summary>Every occurrence (position, length) in the span [start, end) of the text, in no particular order.</summary>
    public IEnumerable<(int Position, int Length)> FindAll(ClaimText text, int start = 0, int end = -1)
    {
        var limit = end < 0 ? text.Folded.Length : end;
        foreach (var phrase in text.IsUnaccented ? unaccented : accented)
        {
            for (var at = Index(text, phrase, start); at >= 0 && at + phrase.Length <= limit; at = Index(text, phrase, at + 1))
            {
                yield return (at, phrase.Length);
            }
        }
    }

    /// <summary>The first occurrence in the span, or null.</summary>
    public (int Position, int Length)? First(ClaimText text, int start = 0, int end = -1) =>
        FindAll(text, start, end).OrderBy(m => m.Position).Cast<(int, int)?>().FirstOrDefault();

    /// <summary>True when a phrase of the entry ends at <paramref name="end"/> (spaces before it aside).</summary>
    public bool EndsAt(ClaimText text, int end) =>
        FindAll(text, Math.Max(0, end - 40), end).Any(m => text.Folded.AsSpan(m.Position + m.Length, end - m.Position - m.Length).Trim().Length == 0);

    private int Index(ClaimText text, string phrase, int from) =>
        text.IsUnaccented ? text.IndexOf(phrase, from) : text.IndexOfAccented(phrase, from);
}
