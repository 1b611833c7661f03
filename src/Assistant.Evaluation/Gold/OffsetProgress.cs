namespace Assistant.Evaluation.Gold;

/// <summary>Reports a phase's count plus the steps of the phases before it, so one progress bar spans a whole run.</summary>
public sealed class OffsetProgress(IProgress<int> inner, int offset) : IProgress<int>
{
    /// <summary>A progress shifted by <paramref name="offset"/>, or null when there is none to report to.</summary>
    public static IProgress<int>? Of(IProgress<int>? inner, int offset) => inner is null ? null : new OffsetProgress(inner, offset);

    /// <inheritdoc />
    public void Report(int value) => inner.Report(offset + value);
}
