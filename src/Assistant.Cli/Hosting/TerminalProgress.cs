using Spectre.Console;

namespace Assistant.Cli.Hosting;

/// <summary>Runs work in the background and shows a Spectre.Console progress bar once it has taken more than a second, only on a terminal.</summary>
public static class TerminalProgress
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs <paramref name="work"/>, which reports the steps done out of <paramref name="total"/>.</summary>
    public static async Task<T> RunAsync<T>(string description, int total, Func<IProgress<int>, Task<T>> work, TimeProvider time, CancellationToken cancellationToken)
    {
        var counter = new ProgressCounter();
        var task = Task.Run(() => work(counter), cancellationToken);
        if (Console.IsOutputRedirected || total <= 0)
        {
            return await task;
        }

        if (await Task.WhenAny(task, Task.Delay(Patience, time, cancellationToken)) == task)
        {
            return await task;
        }

        await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            var bar = context.AddTask(description, maxValue: total);
            while (!task.IsCompleted)
            {
                bar.Value = counter.Value;
                await Task.WhenAny(task, Task.Delay(Refresh, time, cancellationToken));
            }

            bar.Value = total;
        });
        return await task;
    }
}
