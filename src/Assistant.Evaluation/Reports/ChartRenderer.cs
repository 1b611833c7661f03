using ScottPlot;

namespace Assistant.Evaluation.Reports;

/// <summary>Draws the report's charts with ScottPlot 5 as PNG images.</summary>
public static class ChartRenderer
{
    private const int Width = 900;
    private const int Height = 480;

    /// <summary>A histogram of the values in <paramref name="bins"/> equal bins from 0 to the maximum.</summary>
    public static byte[] Histogram(string title, string xLabel, IReadOnlyList<double> values, int bins = 20)
    {
        var plot = NewPlot(title, xLabel, "Số câu hỏi");
        var max = values.Count == 0 ? 1 : Math.Max(values.Max(), 1e-6);
        var width = max / bins;
        var counts = new double[bins];
        foreach (var value in values)
        {
            counts[Math.Min(bins - 1, (int)(value / width))]++;
        }

        var bars = plot.Add.Bars(Enumerable.Range(0, bins).Select(i => (i + 0.5) * width).ToArray(), counts);
        foreach (var bar in bars.Bars)
        {
            bar.Size = width * 0.95;
        }

        plot.Axes.Margins(bottom: 0);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>Grouped bars: one group per category, one bar per series, values 0–1.</summary>
    public static byte[] GroupedBars(string title, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        var plot = NewPlot(title, string.Empty, yLabel);
        var palette = new ScottPlot.Palettes.Category10();
        var groupWidth = 0.8;
        var barWidth = groupWidth / Math.Max(1, series.Count);
        for (var s = 0; s < series.Count; s++)
        {
            var color = palette.GetColor(s);
            var bars = series[s].Values.Select((value, c) => new Bar
            {
                Position = c - (groupWidth / 2) + (barWidth * (s + 0.5)),
                Value = value,
                Size = barWidth * 0.92,
                FillColor = color,
            }).ToList();
            plot.Add.Bars(bars);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s].Name, FillColor = color });
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, categories.Count).Select(i => (double)i)], [.. categories]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 140;
        plot.Axes.SetLimitsY(0, 1.25);
        plot.Legend.Alignment = Alignment.UpperRight;
        plot.ShowLegend();
        return plot.GetImageBytes(Width, Height + 80, ImageFormat.Png);
    }

    /// <summary>Lines through (x, y) points on the unit square, e.g. ROC or PR curves, with an optional diagonal.</summary>
    public static byte[] Curves(string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series, bool diagonal)
    {
        var plot = NewPlot(title, xLabel, yLabel);
        if (diagonal)
        {
            var line = plot.Add.Line(0, 0, 1, 1);
            line.LinePattern = LinePattern.Dashed;
            line.Color = Colors.Gray;
        }

        foreach (var s in series)
        {
            var scatter = plot.Add.Scatter(s.X!.ToArray(), s.Values.ToArray());
            scatter.LegendText = s.Name;
            scatter.MarkerSize = 0;
            scatter.LineWidth = 2;
        }

        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        plot.Legend.Alignment = diagonal ? Alignment.LowerRight : Alignment.LowerLeft;
        plot.ShowLegend();
        return plot.GetImageBytes(Height + 120, Height, ImageFormat.Png);
    }

    private static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }
}
