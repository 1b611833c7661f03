namespace Assistant.Monitoring.Claims;

/// <summary>A percentage or count of the post against the official number about the same subject ("50%" where the plan says 70%).</summary>
internal sealed class QuantityRule : IClaimRule
{
    /// <inheritdoc />
    public string Id => "quantity";

    /// <inheritdoc />
    public string Compares => "percentages and counts with the official number about the same subject";

    /// <inheritdoc />
    public void Check(ClaimContext context, ClaimFindings findings)
    {
        foreach (var outcome in context.Quantities)
        {
            if (outcome.Kind == QuantityOutcomeKind.Agrees)
            {
                findings.Agreement();
            }
            else if (outcome.Kind == QuantityOutcomeKind.Contradicts)
            {
                findings.Contradiction($"Bài viết nói {outcome.Claim.Display}; {outcome.Source!.Name} nói {outcome.Stated!.Display}", outcome.Source);
            }
        }
    }
}
