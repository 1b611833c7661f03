using System.Globalization;
using Assistant.Review.Items;
using Assistant.Review.Workflow;

namespace Assistant.Web.Review;

/// <summary>Reads list filters from a query string: <c>state</c>, <c>province</c>, <c>minRisk</c>, <c>from</c>, <c>to</c> (dates yyyy-MM-dd, <c>to</c> inclusive).</summary>
public static class ReviewQuery
{
    /// <summary>The filter, or a Vietnamese error naming the bad parameter.</summary>
    public static (ReviewFilter Filter, string? Error) Parse(IQueryCollection query)
    {
        var filter = new ReviewFilter();
        string? error = null;
        var state = Value(query, "state");
        if (state is not null && !ReviewStates.IsValid(state))
        {
            error = "Tham số state phải là moi, dang_xu_ly, da_ket_luan hoặc da_phan_hoi.";
        }
        else
        {
            filter = filter with { State = state };
        }

        filter = filter with { Province = Value(query, "province") };
        if (Value(query, "minRisk") is { } risk)
        {
            if (double.TryParse(risk, NumberStyles.Float, CultureInfo.InvariantCulture, out var minRisk) && minRisk is >= 0 and <= 1)
            {
                filter = filter with { MinRisk = minRisk };
            }
            else
            {
                error = "Tham số minRisk phải là số từ 0 đến 1.";
            }
        }

        var (from, fromError) = Date(query, "from", TimeZoneInfo.Utc);
        var (to, toError) = Date(query, "to", TimeZoneInfo.Utc);
        return (filter with { From = from, To = to?.AddDays(1) }, error ?? fromError ?? toError);
    }

    /// <summary>The trimmed value of a parameter, or null when absent or blank.</summary>
    internal static string? Value(IQueryCollection query, string name) => string.IsNullOrWhiteSpace(query[name]) ? null : query[name].ToString().Trim();

    /// <summary>The start of a day (yyyy-MM-dd) in <paramref name="zone"/>, or a Vietnamese error naming the parameter.</summary>
    internal static (DateTimeOffset? Date, string? Error) Date(IQueryCollection query, string name, TimeZoneInfo zone)
    {
        if (Value(query, name) is not { } text)
        {
            return (null, null);
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, $"Tham số {name} phải là ngày dạng yyyy-MM-dd.");
        }

        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return (new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)), null);
    }
}
