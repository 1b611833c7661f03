using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// Loads the post classifier when a host starts, in the background (training and saving it to the data folder when no model
/// file exists), so the first post is scored by a model already there, not after a training pause inside its request.
/// </summary>
internal sealed class ClassifierWarmup(PostClassifierProvider provider, IOptions<ClassifierOptions> options, ILogger<ClassifierWarmup> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.LoadAtStart)
        {
            return;
        }

        await Task.Yield();
        try
        {
            await provider.GetAsync(stoppingToken);
        }
        catch (InvalidOperationException exception)
        {
            logger.LogWarning("No post classifier at start: {Problem}", exception.Message);
        }
    }
}
