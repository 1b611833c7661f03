namespace Assistant.Monitoring.Claims;

/// <summary>The years a text gives a number for: a stage ("giai đoạn 2026 - 2030") or one year ("hết năm 2028").</summary>
/// <param name="From">First year.</param>
/// <param name="To">Last year (equal to <paramref name="From"/> for one year).</param>
/// <param name="Position">Where it is written in the folded text.</param>
internal sealed record Period(int From, int To, int Position)
{
    /// <summary>True when this period holds all of <paramref name="other"/>.</summary>
    public bool Covers(Period other) => From <= other.From && other.To <= To;

    /// <summary>"2026 - 2030" or "2028".</summary>
    public string Display => From == To ? From.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{From} - {To}";
}
