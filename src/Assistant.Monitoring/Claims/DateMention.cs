namespace Assistant.Monitoring.Claims;

/// <summary>A calendar date written in a text ("20/01/2026", "ngày 20 tháng 1 năm 2026"), with where it starts.</summary>
internal sealed record DateMention(DateOnly Date, int Position)
{
    /// <summary>The date as official texts write it (dd/MM/yyyy).</summary>
    public string Display => Date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
