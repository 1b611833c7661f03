using System.ComponentModel.DataAnnotations;

namespace Assistant.Answering.Llm;

/// <summary>
/// Circuit breaker of the model calls (<c>Llm:CircuitBreaker</c>): when enough calls in the sampling window fail,
/// no call is made for the break duration and every answer is extractive at once.
/// </summary>
public sealed class LlmCircuitBreakerOptions
{
    /// <summary>Share of failed calls in the window that opens the circuit.</summary>
    [Range(0.01, 1)]
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the window before the ratio counts (at least 2).</summary>
    [Range(2, 1000)]
    public int MinimumThroughput { get; set; } = 4;

    /// <summary>Length of the window over which failures are counted (at least 0.5 s).</summary>
    [Range(0.5, 3600)]
    public double SamplingDurationSeconds { get; set; } = 60;

    /// <summary>How long the circuit stays open before one trial call is let through (at least 0.5 s).</summary>
    [Range(0.5, 3600)]
    public double BreakDurationSeconds { get; set; } = 30;

    /// <summary>Validates the nested section (data annotations are not recursive).</summary>
    public IEnumerable<ValidationResult> Validate()
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult($"Llm:CircuitBreaker: {r.ErrorMessage}", r.MemberNames));
    }
}
