using System.Text;
using UglyToad.PdfPig.Content;

namespace Assistant.Retrieval.Corpus.Readers.Pdf;

/// <summary>
/// Groups the words of a page into printed lines in reading order: top to bottom, left to right. A row whose words
/// fall into two blocks far apart (the two-column header of an administrative document: issuer and number on the left,
/// national motto and place-and-date on the right) is read column by column, the left column's run of rows first.
/// </summary>
internal static class PdfPageLines
{
    /// <summary>Gap between two words, in line heights, from which they belong to two columns.</summary>
    private const double ColumnGap = 3.0;

    /// <summary>The page's lines in reading order.</summary>
    public static IReadOnlyList<PdfLine> Read(Page page)
    {
        var rows = Rows(page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)));
        var lines = new List<PdfLine>();
        var pendingRight = new List<PdfLine>();
        foreach (var row in rows)
        {
            var blocks = Blocks(row);
            if (blocks.Count == 1)
            {
                lines.AddRange(pendingRight);
                pendingRight.Clear();
                lines.Add(blocks[0]);
                continue;
            }

            lines.Add(blocks[0]);
            pendingRight.AddRange(blocks.Skip(1));
        }

        lines.AddRange(pendingRight);
        return lines;
    }

    private static List<List<Word>> Rows(IEnumerable<Word> words)
    {
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            var row = rows.LastOrDefault();
            if (row is not null && Math.Abs(Baseline(row[0]) - Baseline(word)) <= 0.4 * Math.Max(HeightOf(row[0]), HeightOf(word)))
            {
                row.Add(word);
            }
            else
            {
                rows.Add([word]);
            }
        }

        return rows;
    }

    private static List<PdfLine> Blocks(List<Word> row)
    {
        var ordered = row.OrderBy(w => w.BoundingBox.Left).ToList();
        var height = ordered.Max(HeightOf);
        var blocks = new List<PdfLine>();
        var text = new StringBuilder(ordered[0].Text);
        var start = ordered[0];
        for (var i = 1; i < ordered.Count; i++)
        {
            var gap = ordered[i].BoundingBox.Left - ordered[i - 1].BoundingBox.Right;
            if (gap > ColumnGap * height)
            {
                blocks.Add(new PdfLine(text.ToString(), start.BoundingBox.Left, Baseline(start), height));
                text.Clear().Append(ordered[i].Text);
                start = ordered[i];
            }
            else
            {
                text.Append(' ').Append(ordered[i].Text);
            }
        }

        blocks.Add(new PdfLine(text.ToString(), start.BoundingBox.Left, Baseline(start), height));
        return blocks;
    }

    private static double Baseline(Word word) => word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : word.BoundingBox.Bottom;

    private static double HeightOf(Word word) => word.Letters.Count > 0 ? Math.Max(word.Letters.Max(l => l.PointSize), 1) : Math.Max(word.BoundingBox.Height, 1);
}
