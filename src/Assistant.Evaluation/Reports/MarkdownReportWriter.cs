using System.Text;

namespace Assistant.Evaluation.Reports;

/// <summary>Renders a report as Markdown; charts are linked as charts/NAME.png next to the file.</summary>
public static class MarkdownReportWriter
{
    /// <summary>The Markdown text of the report.</summary>
    public static string Write(Report report)
    {
        var builder = new StringBuilder();
        builder.Append("# ").AppendLine(report.Title).AppendLine();
        foreach (var section in report.Sections)
        {
            builder.Append("## ").AppendLine(section.Heading).AppendLine();
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ReportParagraph paragraph:
                        builder.AppendLine(paragraph.Text).AppendLine();
                        break;
                    case ReportTable table:
                        WriteTable(builder, table);
                        break;
                    case ReportChart chart:
                        builder.Append("![").Append(chart.Caption).Append("](charts/").Append(chart.FileName).AppendLine(")").AppendLine();
                        break;
                }
            }
        }

        return builder.ToString();
    }

    private static void WriteTable(StringBuilder builder, ReportTable table)
    {
        builder.Append("| ").AppendJoin(" | ", table.Headers.Select(Cell)).AppendLine(" |");
        builder.Append('|').AppendJoin('|', table.Headers.Select(_ => "---")).AppendLine("|");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var mark = table.Flagged?[r] == true ? "**" : string.Empty;
            builder.Append("| ").AppendJoin(" | ", table.Rows[r].Select((cell, c) => c == 0 && mark.Length > 0 && cell.Length > 0 ? mark + Cell(cell) + mark : Cell(cell))).AppendLine(" |");
        }

        builder.AppendLine();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
