namespace Assistant.Monitoring.Claims;

/// <summary>How one number of a post compares with the official numbers about the same subject.</summary>
/// <param name="Claim">The post's number.</param>
/// <param name="Kind">Agrees, contradicts, or is an official number of another period than the one the post gives it.</param>
/// <param name="Stated">The official number the post should have said (null when it agrees).</param>
/// <param name="Source">The passage stating <paramref name="Stated"/>.</param>
/// <param name="Period">The post's period when it names one.</param>
/// <param name="StatedPeriod">The period of <paramref name="Stated"/> when the documents give one.</param>
internal sealed record QuantityOutcome(Quantity Claim, QuantityOutcomeKind Kind, Quantity? Stated, OfficialSource? Source, Period? Period, Period? StatedPeriod);

/// <summary>The kinds of <see cref="QuantityOutcome"/>.</summary>
internal enum QuantityOutcomeKind
{
    /// <summary>An official number about the same subject (and period) says the same.</summary>
    Agrees,

    /// <summary>The official number about the same subject says another value.</summary>
    Contradicts,

    /// <summary>The value is official, but for another period than the one the post gives it.</summary>
    WrongPeriod,
}
