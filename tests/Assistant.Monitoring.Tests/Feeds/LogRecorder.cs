using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Assistant.Monitoring.Tests.Feeds;

/// <summary>A logger provider that keeps every message, so tests can check what was logged.</summary>
public sealed class LogRecorder : ILoggerProvider, ILogger
{
    /// <summary>Messages logged, with their level.</summary>
    public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

    /// <summary>Messages at warning level or above.</summary>
    public IReadOnlyList<string> Problems => Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ToList();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, formatter(state, exception)));

    public void Dispose()
    {
    }
}
