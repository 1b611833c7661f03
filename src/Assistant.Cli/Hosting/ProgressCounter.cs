namespace Assistant.Cli.Hosting;

/// <summary>Keeps the latest count a run reported, read by the progress bar from another thread.</summary>
public sealed class ProgressCounter : IProgress<int>
{
    private int value;

    /// <summary>The latest count.</summary>
    public int Value => Volatile.Read(ref value);

    /// <inheritdoc />
    public void Report(int value) => Volatile.Write(ref this.value, value);
}
