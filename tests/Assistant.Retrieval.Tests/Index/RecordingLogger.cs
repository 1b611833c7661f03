using Microsoft.Extensions.Logging;

namespace Assistant.Retrieval.Tests.Index;

/// <summary>A logger that keeps every entry with its structured values, to assert what a component reported.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values)> entries = [];

    public IReadOnlyList<(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values)> Entries
    {
        get
        {
            lock (entries)
            {
                return [.. entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToDictionary(p => p.Key, p => p.Value) : [];
        lock (entries)
        {
            entries.Add((logLevel, formatter(state, exception), values));
        }
    }
}
