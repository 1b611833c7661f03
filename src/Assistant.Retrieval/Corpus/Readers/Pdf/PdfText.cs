using System.Text;

namespace Assistant.Retrieval.Corpus.Readers.Pdf;

/// <summary>
/// Writes a PDF's printed lines as text for the parser: one printed line per line, a blank line where the spacing says
/// a paragraph ended (a line pitch clearly above the document's usual one). Lines are not rejoined here: the parser
/// rejoins hard line ends and glued hyphens as it does for every source. A page break adds no blank line, so a
/// sentence broken over two pages heals.
/// </summary>
internal static class PdfText
{
    /// <summary>Pitch over the usual pitch (both in font heights) from which a paragraph ended.</summary>
    private const double ParagraphPitch = 1.25;

    /// <summary>The text of <paramref name="pages"/>.</summary>
    public static string Write(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var usual = UsualPitch(pages);
        var builder = new StringBuilder();
        foreach (var lines in pages)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0 && Pitch(lines[i - 1], lines[i]) > ParagraphPitch * usual)
                {
                    builder.Append('\n');
                }

                builder.Append(lines[i].Text).Append('\n');
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The pitch of lines inside a paragraph: a low percentile of all pitches, so paragraph gaps do not count.</summary>
    private static double UsualPitch(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var pitches = pages
            .SelectMany(lines => lines.Skip(1).Select((line, i) => Pitch(lines[i], line)))
            .Where(p => p > 0)
            .Order()
            .ToList();
        return pitches.Count == 0 ? double.MaxValue : pitches[(int)(0.1 * (pitches.Count - 1))];
    }

    private static double Pitch(PdfLine above, PdfLine below) => (above.Baseline - below.Baseline) / Math.Max(above.Height, below.Height);
}
