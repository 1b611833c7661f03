namespace Assistant.Channels.Delivery;

/// <summary>
/// Splits a long reply into messages no longer than a platform's limit, preferring paragraph, then sentence,
/// then word boundaries; a single word longer than the limit is cut.
/// </summary>
public static class MessageSplitter
{
    private static readonly string[] Boundaries = ["\n\n", "\n", ". ", "? ", "! ", "; ", " "];

    /// <summary>The parts of <paramref name="text"/>, each at most <paramref name="maxLength"/> characters, in order.</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxLength)
        {
            var cut = FindCut(rest, maxLength);
            var part = rest[..cut].TrimEnd();
            if (part.Length > 0)
            {
                parts.Add(part);
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int FindCut(string text, int maxLength)
    {
        foreach (var boundary in Boundaries)
        {
            // The boundary's own characters before the space stay with the first part ("câu một." | "câu hai").
            var index = text.LastIndexOf(boundary, maxLength - 1, StringComparison.Ordinal);
            var cut = index + boundary.TrimEnd().Length;
            if (index > 0 && cut <= maxLength && cut >= maxLength / 2)
            {
                return boundary.Trim().Length == 0 ? index : cut;
            }
        }

        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }
}
