using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Assistant.Reporting.Docx;

/// <summary>The few WordprocessingML building blocks the report uses: paragraphs in Times New Roman, tables, PNG images.</summary>
internal static class WordParts
{

    /// <summary>A paragraph of one run.</summary>
    public static Paragraph Text(string text, bool bold = false, bool italic = false, JustificationValues? align = null, int sizeHalfPoints = 26) =>
        new(
            new ParagraphProperties(new SpacingBetweenLines { After = "60" }, new Justification { Val = align ?? JustificationValues.Both }),
            Run(text, bold, italic, sizeHalfPoints));

    /// <summary>A run in Times New Roman.</summary>
    public static Run Run(string text, bool bold = false, bool italic = false, int sizeHalfPoints = 26)
    {
        var properties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        properties.Append(new FontSize { Val = sizeHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A table with a header row and bordered cells.</summary>
    public static Table Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border), Grid(header.Count));
        table.Append(Row(header, bold: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }

        return table;
    }

    /// <summary>A borderless two-column table (the document's heading block).</summary>
    public static Table Heading(IReadOnlyList<Paragraph> left, IReadOnlyList<Paragraph> right)
    {
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }), Grid(2));
        table.Append(new TableRow(Cell("2000", left), Cell("3000", right)));
        return table;
    }

    /// <summary>A paragraph holding the PNG <paramref name="png"/>, scaled to <paramref name="widthCm"/> centimetres wide.</summary>
    public static Paragraph Image(MainDocumentPart main, byte[] png, int pixelWidth, int pixelHeight, uint id, double widthCm = 16)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }

        var cx = (long)(widthCm * 360000);
        var cy = cx * pixelHeight / pixelWidth;
        var relationship = main.GetIdOfPart(part);
        var graphic = new A.Graphic(new A.GraphicData(
            new Pic.Picture(
                new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = id, Name = $"bieu-do-{id}.png" }, new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new Dw.Inline(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.DocProperties { Id = id, Name = $"Biểu đồ {id}" },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic)
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline)));
    }

    /// <summary>The grid of a table of <paramref name="columns"/> equal columns over the text width (9,071 twips on A4).</summary>
    private static TableGrid Grid(int columns) =>
        new(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9071 / Math.Max(1, columns)).ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    private static TableCell Cell(string widthPct, IReadOnlyList<Paragraph> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Pct, Width = widthPct }));
        cell.Append(paragraphs);
        return cell;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold) =>
        new(cells.Select(c => new TableCell(new Paragraph(Run(c, bold, sizeHalfPoints: 24)))));
}
