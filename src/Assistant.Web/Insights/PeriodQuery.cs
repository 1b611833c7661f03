using Assistant.Web.Review;

namespace Assistant.Web.Insights;

/// <summary>
/// A period and province read from a query string: <c>from</c> and <c>to</c> (days yyyy-MM-dd in the dashboard's time
/// zone, <c>to</c> inclusive; by default the last 30 days up to today) and <c>province</c>.
/// </summary>
/// <param name="From">Start (inclusive).</param>
/// <param name="To">End (exclusive: the day after <c>to</c>).</param>
/// <param name="Province">Province slug, or null.</param>
public sealed record PeriodQuery(DateTimeOffset From, DateTimeOffset To, string? Province)
{
    private const int DefaultDays = 30;

    /// <summary>The first day of the period as the form shows it.</summary>
    public string FromText(TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(From, zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The last day of the period (inclusive) as the form shows it.</summary>
    public string ToText(TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(To.AddDays(-1), zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The period of <paramref name="query"/>, or a Vietnamese error.</summary>
    public static (PeriodQuery? Period, string? Error) Parse(IQueryCollection query, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (from, fromError) = ReviewQuery.Date(query, "from", zone);
        var (to, toError) = ReviewQuery.Date(query, "to", zone);
        if ((fromError ?? toError) is { } error)
        {
            return (null, error);
        }

        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        var end = to?.AddDays(1) ?? new DateTimeOffset(today.AddDays(1), zone.GetUtcOffset(today.AddDays(1)));
        var start = from ?? end.AddDays(-DefaultDays);
        return start >= end
            ? (null, "Ngày bắt đầu (from) phải trước hoặc bằng ngày kết thúc (to).")
            : (new PeriodQuery(start, end, ReviewQuery.Value(query, "province")), null);
    }
}
