using Microsoft.Extensions.Logging;

namespace Assistant.Answering.Tests.Llm.Fakes;

/// <summary>Writes log lines to the running test's output, so a failing test shows what the code logged.</summary>
public sealed class TestOutputLoggerProvider : ILoggerProvider
{
    /// <summary>A logger factory writing to the current test's output.</summary>
    public static ILoggerFactory Factory() => LoggerFactory.Create(b => b.AddProvider(new TestOutputLoggerProvider()).SetMinimumLevel(LogLevel.Debug));

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new OutputLogger(categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class OutputLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information || category.StartsWith("Assistant", StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"{DateTime.Now:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}");
            }
        }
    }
}
