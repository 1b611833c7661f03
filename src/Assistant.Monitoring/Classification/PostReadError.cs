namespace Assistant.Monitoring.Classification;

/// <summary>A line of a JSONL file that was skipped, with its 1-based number and what was wrong.</summary>
public sealed record PostReadError(int LineNumber, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"line {LineNumber}: {Message}";
}
