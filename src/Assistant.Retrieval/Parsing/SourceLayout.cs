namespace Assistant.Retrieval.Parsing;

/// <summary>
/// How a source text breaks its lines. PDF extractions are hard-wrapped (a break, often with a blank line, after
/// every printed line); DOCX-to-Markdown and news texts put one paragraph per line.
/// </summary>
/// <param name="HardWrapped">True when lines are printed lines rather than paragraphs.</param>
/// <param name="FullWidth">Length from which a printed line counts as full (it wrapped rather than ended).</param>
/// <param name="UsualGap">The usual number of blank lines between two printed lines.</param>
internal sealed record SourceLayout(bool HardWrapped, int FullWidth, int UsualGap)
{
    private const double WrapShare = 0.15;
    private const double FullShare = 0.7;

    /// <summary>Reads the layout from cleaned lines (empty strings are blank lines).</summary>
    public static SourceLayout Detect(IReadOnlyList<string> lines)
    {
        var printed = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 0)
            {
                printed.Add(i);
            }
        }

        if (printed.Count < 2)
        {
            return new SourceLayout(false, int.MaxValue, 1);
        }

        var wraps = 0;
        var gaps = new Dictionary<int, int>();
        for (var k = 1; k < printed.Count; k++)
        {
            var previous = lines[printed[k - 1]];
            var current = lines[printed[k]];
            if (!LineShape.EndsSentence(previous) && !LineShape.IsCapitals(previous) && LineShape.StartsLowercase(current))
            {
                wraps++;
            }

            var gap = printed[k] - printed[k - 1] - 1;
            gaps[gap] = gaps.GetValueOrDefault(gap) + 1;
        }

        var lengths = printed.Select(i => lines[i].Length).Order().ToList();
        var typical = lengths[(int)(0.8 * (lengths.Count - 1))];
        var usualGap = gaps.MaxBy(pair => pair.Value).Key;
        return new SourceLayout(wraps >= WrapShare * (printed.Count - 1), (int)(FullShare * typical), usualGap);
    }
}
