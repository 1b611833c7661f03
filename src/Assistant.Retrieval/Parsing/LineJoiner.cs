namespace Assistant.Retrieval.Parsing;

/// <summary>
/// Rejoins source lines into paragraphs. A line continues the paragraph above it unless it opens a structural item
/// (marker, "Nơi nhận", signature, "Số:"), is or follows a line in capitals, or starts with a capital after a line
/// that ended a sentence, after a blank line (one-paragraph-per-line texts) or after a short printed line (PDF).
/// "71-" at the end of a line is glued to the next ("71-" + "NQ/TW"); a lower-case start always continues, so a page
/// break inside a sentence ("phổ" / "biển") heals.
/// </summary>
internal static class LineJoiner
{
    /// <summary>Splits a text into cleaned lines and rejoins them into paragraphs.</summary>
    public static IReadOnlyList<Paragraph> Join(string text)
    {
        var lines = text.Split('\n').Select(LineShape.Clean).ToList();
        var layout = SourceLayout.Detect(lines);
        var paragraphs = new List<Paragraph>();
        string? current = null;
        var first = 0;
        var previousLine = string.Empty;
        var gap = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                gap++;
                continue;
            }

            if (current is not null && LineShape.EndsWithGluedHyphen(current) && LineShape.StartsWithLetterOrDigit(line))
            {
                current += line;
            }
            else if (current is not null && Continues(current, previousLine, line, gap, layout))
            {
                current += " " + line;
            }
            else
            {
                Flush();
                current = line;
                first = i + 1;
            }

            previousLine = line;
            gap = 0;
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current is not null)
            {
                paragraphs.Add(new Paragraph(current, first));
            }
        }
    }

    private static bool Continues(string paragraph, string previousLine, string line, int gap, SourceLayout layout)
    {
        if (MarkerRecognizer.IsLowercaseBullet(line) && !LineShape.EndsSentence(paragraph))
        {
            return true;
        }

        if (BlockRecognizer.StartsBlock(line) || LineShape.IsCapitals(line) || LineShape.IsCapitals(paragraph))
        {
            return false;
        }

        if (LineShape.StartsLowercase(line))
        {
            return true;
        }

        if (LineShape.EndsSentence(paragraph))
        {
            return false;
        }

        return layout.HardWrapped
            ? gap <= layout.UsualGap && previousLine.Length >= layout.FullWidth
            : gap == 0;
    }
}
