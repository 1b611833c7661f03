namespace Assistant.Review.Reports;

/// <summary>Figures for the 6-monthly and year-end reports: items by state, province and week, and time to verdict.</summary>
/// <param name="Total">Items counted.</param>
/// <param name="ByState">Count per state, in workflow order.</param>
/// <param name="ByVerdict">Count per verdict (judged items).</param>
/// <param name="ByProvince">Count per province slug (<c>(không rõ)</c> for none), largest first.</param>
/// <param name="ByWeek">Count per ISO week of creation (<c>2026-W05</c>), in order.</param>
/// <param name="MedianHoursToVerdict">Median hours from creation to first verdict, or null when none is judged.</param>
/// <param name="Overdue">Items past the SLA in <c>moi</c>.</param>
public sealed record ReviewReport(
    int Total,
    IReadOnlyList<KeyValuePair<string, int>> ByState,
    IReadOnlyList<KeyValuePair<string, int>> ByVerdict,
    IReadOnlyList<KeyValuePair<string, int>> ByProvince,
    IReadOnlyList<KeyValuePair<string, int>> ByWeek,
    double? MedianHoursToVerdict,
    int Overdue)
{
    /// <summary>Builds the report from ranked items.</summary>
    public static ReviewReport Build(IReadOnlyList<Items.RankedItem> items)
    {
        var judged = items.Where(r => r.Item.JudgedAt is not null).Select(r => (r.Item.JudgedAt!.Value - r.Item.CreatedAt).TotalHours).Order().ToList();
        double? median = judged.Count == 0 ? null
            : judged.Count % 2 == 1 ? judged[judged.Count / 2] : (judged[(judged.Count / 2) - 1] + judged[judged.Count / 2]) / 2;
        return new ReviewReport(
            items.Count,
            Workflow.ReviewStates.All.Select(s => new KeyValuePair<string, int>(s, items.Count(r => r.Item.State == s))).ToList(),
            Workflow.ReviewVerdicts.All.Select(v => new KeyValuePair<string, int>(v, items.Count(r => r.Item.Verdict == v))).ToList(),
            Count(items, r => r.Item.Province ?? "(không rõ)").OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList(),
            Count(items, r => Week(r.Item.CreatedAt)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
            median,
            items.Count(r => r.Overdue));
    }

    private static IEnumerable<KeyValuePair<string, int>> Count(IReadOnlyList<Items.RankedItem> items, Func<Items.RankedItem, string> key) =>
        items.GroupBy(key).Select(g => new KeyValuePair<string, int>(g.Key, g.Count()));

    private static string Week(DateTimeOffset time) =>
        $"{System.Globalization.ISOWeek.GetYear(time.UtcDateTime)}-W{System.Globalization.ISOWeek.GetWeekOfYear(time.UtcDateTime):00}";
}
