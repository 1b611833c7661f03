namespace Assistant.Monitoring.Claims;

/// <summary>
/// A right number in the wrong period or phase: the post gives a value to a period ("100% ngay giai đoạn 2026 - 2030")
/// that the documents give another one, while they set another value for the post's period.
/// </summary>
internal sealed class PeriodRule : IClaimRule
{
    /// <inheritdoc />
    public string Id => "period";

    /// <inheritdoc />
    public string Compares => "a number with the official number of the period or phase the post gives it";

    /// <inheritdoc />
    public void Check(ClaimContext context, ClaimFindings findings)
    {
        foreach (var outcome in context.Quantities.Where(o => o.Kind == QuantityOutcomeKind.WrongPeriod))
        {
            var stated = outcome.StatedPeriod is null ? "" : $" cho giai đoạn {outcome.StatedPeriod.Display}";
            findings.Contradiction(
                $"Bài viết nói {outcome.Claim.Display} cho {Named(outcome.Period!)}; {outcome.Source!.Name} đặt {outcome.Stated!.Display}{stated} (con số {outcome.Claim.Display} thuộc giai đoạn khác)",
                outcome.Source);
        }
    }

    private static string Named(Period period) => period.From == period.To ? $"năm {period.Display}" : $"giai đoạn {period.Display}";
}
