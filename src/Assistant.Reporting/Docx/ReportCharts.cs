using ScottPlot;

namespace Assistant.Reporting.Docx;

/// <summary>The periodic report's charts, drawn with ScottPlot 5 as PNG images.</summary>
public static class ReportCharts
{
    /// <summary>Width of every chart in pixels.</summary>
    public const int Width = 900;

    /// <summary>Height of every chart in pixels.</summary>
    public const int Height = 420;

    /// <summary>Vertical bars, one per label, each with its count.</summary>
    public static byte[] Bars(string title, IReadOnlyList<KeyValuePair<string, int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var plot = new Plot();
        plot.Title(title);
        plot.YLabel("Số lượng");
        var bars = plot.Add.Bars(counts.Select((_, i) => (double)i).ToArray(), counts.Select(c => (double)c.Value).ToArray());
        foreach (var bar in bars.Bars)
        {
            bar.Label = bar.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        }

        bars.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. counts.Select((_, i) => (double)i)], [.. counts.Select(c => Shorten(c.Key))]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = counts.Count > 4 ? -30 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = counts.Count > 4 ? Alignment.MiddleRight : Alignment.UpperCenter;
        plot.Axes.Bottom.MinimumSize = counts.Count > 4 ? 160 : 40;
        plot.Axes.Margins(bottom: 0, top: 0.2);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static string Shorten(string label) => label.Length <= 40 ? label : label[..39] + "…";
}
