using System.Text;

namespace Assistant.Evaluation.Reports;

/// <summary>Renders a report as one self-contained HTML page: styles inline, charts embedded as base64 PNG.</summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1b1b1b;line-height:1.45}
        h1{border-bottom:3px solid #b71c1c;padding-bottom:.4rem}h2{margin-top:2.2rem;color:#0d47a1}
        table{border-collapse:collapse;width:100%;margin:.8rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
        th{background:#eef3fb;position:sticky;top:0}tr.flag td{background:#fdecea}tr:nth-child(even):not(.flag) td{background:#fafafa}
        figure{margin:1rem 0}figure img{max-width:100%;border:1px solid #ddd}figcaption{color:#555;font-size:.9rem}
        """;

    /// <summary>The HTML page of the report.</summary>
    public static string Write(Report report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Append(Encode(report.Title))
            .Append("</title><style>").Append(Style).AppendLine("</style></head><body>");
        html.Append("<h1>").Append(Encode(report.Title)).AppendLine("</h1>");
        foreach (var section in report.Sections)
        {
            html.Append("<h2>").Append(Encode(section.Heading)).AppendLine("</h2>");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ReportParagraph paragraph:
                        html.Append("<p>").Append(Encode(paragraph.Text)).AppendLine("</p>");
                        break;
                    case ReportTable table:
                        WriteTable(html, table);
                        break;
                    case ReportChart chart:
                        html.Append("<figure><img alt=\"").Append(Encode(chart.Caption)).Append("\" src=\"data:image/png;base64,")
                            .Append(Convert.ToBase64String(chart.Png)).Append("\"><figcaption>").Append(Encode(chart.Caption)).AppendLine("</figcaption></figure>");
                        break;
                }
            }
        }

        return html.AppendLine("</body></html>").ToString();
    }

    private static void WriteTable(StringBuilder html, ReportTable table)
    {
        html.Append("<table><thead><tr>");
        foreach (var header in table.Headers)
        {
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        }

        html.AppendLine("</tr></thead><tbody>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.Append(table.Flagged?[r] == true ? "<tr class=\"flag\">" : "<tr>");
            foreach (var cell in table.Rows[r])
            {
                html.Append("<td>").Append(Encode(cell).ReplaceLineEndings("<br>")).Append("</td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody></table>");
    }

    /// <summary>Escapes the five HTML-special characters only, leaving Vietnamese letters readable in the source.</summary>
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
