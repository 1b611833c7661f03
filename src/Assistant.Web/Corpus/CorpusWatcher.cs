using System.Threading.Channels;
using Assistant.Core.Configuration;
using Assistant.Retrieval.Corpus;
using Assistant.Web.Health;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Corpus;

/// <summary>
/// Watches <c>corpus/documents</c> for files a registered reader takes (and their metadata sidecars) and, once changes have been quiet for the debounce time, asks the index to rebuild
/// aside and swap in; a failed rebuild leaves the old index serving.
/// </summary>
public sealed class CorpusWatcher(
    IndexStatus status,
    IOptions<CorpusOptions> corpus,
    IOptions<CorpusWatchOptions> options,
    CorpusLoader loader,
    TimeProvider time,
    ILogger<CorpusWatcher> logger) : BackgroundService
{
    private readonly Channel<bool> changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var folder = corpus.Value.DocumentsPath;
        var index = status.Reloadable;
        if (!options.Value.Enabled || index is null || !Directory.Exists(folder))
        {
            logger.LogInformation("Corpus watching is off (enabled {Enabled}, reloadable index {Reloadable}, folder exists {Exists})",
                options.Value.Enabled, index is not null, Directory.Exists(folder));
            return;
        }

        using var watcher = new FileSystemWatcher(folder)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            IncludeSubdirectories = false,
        };
        watcher.Created += OnChanged;
        watcher.Changed += OnChanged;
        watcher.Deleted += OnChanged;
        watcher.Renamed += (_, e) => Signal(e.OldFullPath, e.FullPath);
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "Corpus watcher overflowed; rebuilding to be safe");
            changes.Writer.TryWrite(true);
        };
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching {Folder} for document changes", folder);

        while (await changes.Reader.WaitToReadAsync(stoppingToken))
        {
            changes.Reader.TryRead(out _);
            await QuietAsync(stoppingToken);
            try
            {
                await index.ReloadAsync(stoppingToken);
                logger.LogInformation("Corpus reloaded: {DocumentCount} documents, index version {Version}", index.DocumentCount, index.Version);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Corpus reload failed; index version {Version} keeps serving", index.Version);
            }
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => Signal(e.FullPath);

    private void Signal(params string[] paths)
    {
        if (paths.Any(loader.IsCorpusFile))
        {
            changes.Writer.TryWrite(true);
        }
    }

    /// <summary>Waits until no change has come for the debounce time.</summary>
    private async Task QuietAsync(CancellationToken stoppingToken)
    {
        var debounce = TimeSpan.FromMilliseconds(options.Value.DebounceMilliseconds);
        while (true)
        {
            using var race = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var quiet = Task.Delay(debounce, time, race.Token);
            var another = changes.Reader.WaitToReadAsync(race.Token).AsTask();
            var first = await Task.WhenAny(quiet, another);
            await race.CancelAsync();
            await first;
            if (first == quiet)
            {
                return;
            }

            changes.Reader.TryRead(out _);
        }
    }
}
