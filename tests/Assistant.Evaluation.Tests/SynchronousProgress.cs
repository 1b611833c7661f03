namespace Assistant.Evaluation.Tests;

/// <summary>Records every reported value at once (unlike Progress&lt;T&gt;, which posts to a context).</summary>
internal sealed class SynchronousProgress(List<int> values) : IProgress<int>
{
    public void Report(int value) => values.Add(value);
}
