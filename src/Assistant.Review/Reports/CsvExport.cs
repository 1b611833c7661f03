using System.Globalization;
using Assistant.Review.Items;

namespace Assistant.Review.Reports;

/// <summary>Items as CSV (UTF-8, comma-separated, quoted; cells that a spreadsheet would run as a formula are prefixed with ').</summary>
public static class CsvExport
{
    private static readonly string[] Header = ["id", "trang_thai", "ket_luan", "tinh", "nguoi_phu_trach", "rui_ro", "uu_tien", "so_bai", "qua_han", "tao_luc", "ket_luan_luc", "noi_dung"];

    /// <summary>Writes the header and one row per item.</summary>
    public static async Task WriteAsync(IEnumerable<RankedItem> items, TextWriter writer, CancellationToken cancellationToken = default)
    {
        await writer.WriteLineAsync(string.Join(",", Header).AsMemory(), cancellationToken);
        foreach (var (item, priority, overdue, _) in items)
        {
            string?[] cells =
            [
                item.Id.ToString(CultureInfo.InvariantCulture), item.State, item.Verdict, item.Province, item.AssignedTo,
                item.Risk.ToString("F3", CultureInfo.InvariantCulture), priority.ToString("F3", CultureInfo.InvariantCulture),
                item.Posts.Count.ToString(CultureInfo.InvariantCulture), overdue ? "1" : "0",
                item.CreatedAt.ToString("O", CultureInfo.InvariantCulture), item.JudgedAt?.ToString("O", CultureInfo.InvariantCulture), item.Claim,
            ];
            await writer.WriteLineAsync(string.Join(",", cells.Select(Cell)).AsMemory(), cancellationToken);
        }
    }

    /// <summary>One quoted cell.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
