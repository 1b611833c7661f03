using System.Text;
using Assistant.Evaluation.Metrics;

namespace Assistant.Evaluation.Reports;

/// <summary>Writes a run's files: metrics.json, report.md, report.html and charts/*.png.</summary>
public static class ReportFolder
{
    /// <summary>The default output folder: a yyyyMMdd-HHmmss folder (UTC) under <paramref name="reportsDirectory"/>.</summary>
    public static string Default(string reportsDirectory, TimeProvider time) =>
        Path.Combine(reportsDirectory, time.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Creates the folder and writes the files into it.</summary>
    public static async Task WriteAsync(string folder, Report report, MetricSet metrics, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        await File.WriteAllTextAsync(Path.Combine(folder, "metrics.json"), metrics.ToJson() + "\n", utf8, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "report.md"), MarkdownReportWriter.Write(report), utf8, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "report.html"), HtmlReportWriter.Write(report), utf8, cancellationToken);
        var charts = report.Sections.SelectMany(s => s.Blocks).OfType<ReportChart>().ToList();
        if (charts.Count > 0)
        {
            Directory.CreateDirectory(Path.Combine(folder, "charts"));
            foreach (var chart in charts)
            {
                await File.WriteAllBytesAsync(Path.Combine(folder, "charts", chart.FileName), chart.Png, cancellationToken);
            }
        }
    }
}
