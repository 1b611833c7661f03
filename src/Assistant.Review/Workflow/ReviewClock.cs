using System.Globalization;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Workflow;

/// <summary>Times as the dashboard shows them: in the configured zone (<c>Review:TimeZone</c>, Vietnam time by default).</summary>
public sealed class ReviewClock(IOptions<ReviewOptions> options)
{
    /// <summary>The zone times are shown in.</summary>
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>"giờ Việt Nam" for Vietnam's zone, else "UTC+h" of the zone's offset now.</summary>
    public string ZoneName => Zone.Id.Contains("Ho_Chi_Minh", StringComparison.Ordinal) ? "giờ Việt Nam"
        : "UTC" + Zone.BaseUtcOffset.ToString(Zone.BaseUtcOffset < TimeSpan.Zero ? @"\-h\:mm" : @"\+h\:mm", CultureInfo.InvariantCulture);

    /// <summary>The time in the zone, "dd/MM/yyyy HH:mm" (with seconds when asked).</summary>
    public string Format(DateTimeOffset time, bool seconds = false) =>
        TimeZoneInfo.ConvertTime(time, Zone).ToString(seconds ? "dd/MM/yyyy HH:mm:ss" : "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
