using System.Diagnostics;
using Assistant.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// Gives the host its one shared classifier: loads the model file when it exists, otherwise trains from the
/// repository's labelled posts on first use and saves the model. Concurrent first callers wait for one load.
/// </summary>
public sealed class PostClassifierProvider : IDisposable
{
    private readonly ClassifierOptions options;
    private readonly ILogger<PostClassifierProvider> logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private TrainedClassifier? classifier;

    /// <summary>Creates the provider; nothing is loaded until <see cref="GetAsync"/>.</summary>
    public PostClassifierProvider(IOptions<ClassifierOptions> options, IOptions<DataOptions> data, ILogger<PostClassifierProvider> logger)
    {
        this.options = options.Value;
        this.logger = logger;
        ModelPath = Path.IsPathRooted(this.options.ModelPath)
            ? this.options.ModelPath
            : Path.Combine(RepositoryPaths.Resolve(data.Value.Directory), this.options.ModelPath);
        TrainingDataPath = RepositoryPaths.Resolve(this.options.TrainingDataPath);
    }

    /// <summary>The absolute model file path.</summary>
    public string ModelPath { get; }

    /// <summary>The absolute training data path.</summary>
    public string TrainingDataPath { get; }

    /// <summary>The classifier, loaded or trained on first call.</summary>
    /// <exception cref="InvalidOperationException">No model file and no usable training data.</exception>
    public async Task<IPostClassifier> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref classifier) is { } loaded)
        {
            return loaded;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (classifier is null)
            {
                var created = await LoadOrTrainAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref classifier, created);
            }

            return classifier!;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        classifier?.Dispose();
        gate.Dispose();
    }

    private async Task<TrainedClassifier> LoadOrTrainAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(ModelPath))
        {
            try
            {
                var loaded = TrainedClassifier.Load(ModelPath);
                logger.LogInformation("Loaded the post classifier from {ModelPath} ({Labels})", ModelPath, string.Join(", ", loaded.Labels));
                return loaded;
            }
            catch (InvalidDataException exception)
            {
                logger.LogWarning(exception, "The post classifier at {ModelPath} cannot be read; training a new one", ModelPath);
            }
        }

        if (!File.Exists(TrainingDataPath))
        {
            throw new InvalidOperationException(
                $"No post classifier model at {ModelPath} and no training data at {TrainingDataPath} (settings {ClassifierOptions.SectionName}:ModelPath and :TrainingDataPath).");
        }

        var read = await new LabelledPostReader().ReadFileAsync(TrainingDataPath, cancellationToken).ConfigureAwait(false);
        foreach (var error in read.Errors)
        {
            logger.LogWarning("Skipped {TrainingDataPath} line {LineNumber}: {Message}", TrainingDataPath, error.LineNumber, error.Message);
        }

        var clock = Stopwatch.StartNew();
        var trainer = new PostClassifierTrainer(options.ToTrainingSettings());
        var trained = await Task.Run(() => trainer.Train(read.Posts), cancellationToken).ConfigureAwait(false);
        trained.Save(ModelPath);
        logger.LogInformation(
            "Trained the post classifier on {PostCount} posts in {ElapsedMs} ms and saved it to {ModelPath}",
            read.Posts.Count,
            clock.ElapsedMilliseconds,
            ModelPath);
        return trained;
    }
}
