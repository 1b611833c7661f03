using Assistant.Core.Configuration;
using Assistant.Monitoring.Classification;
using Assistant.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

[assembly: AssemblyFixture(typeof(Assistant.Monitoring.Tests.Pipeline.PipelineFixture))]

namespace Assistant.Monitoring.Tests.Pipeline;

/// <summary>
/// The real pipeline for tests: the classifier trained once on the repository's <c>corpus/posts/train.jsonl</c> and
/// saved to a temporary file; each test builds its own services over the real corpus index and its own data folder.
/// </summary>
public sealed class PipelineFixture : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pipeline-tests-").FullName;

    public PipelineFixture()
    {
        ModelPath = Path.Combine(folder, "model.zip");
        var read = new LabelledPostReader().ReadFileAsync(RepositoryPaths.Resolve("corpus/posts/train.jsonl")).GetAwaiter().GetResult();
        using var trained = new PostClassifierTrainer(new ClassifierOptions().ToTrainingSettings()).Train(read.Posts);
        trained.Save(ModelPath);
    }

    /// <summary>The trained model file.</summary>
    public string ModelPath { get; }

    /// <summary>A new empty data folder.</summary>
    public string NewDataFolder() => Directory.CreateDirectory(Path.Combine(folder, Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>Settings pointing at a data folder and the trained model.</summary>
    public Dictionary<string, string?> Settings(string dataFolder) => new()
    {
        ["Data:Directory"] = dataFolder,
        ["Monitoring:Classifier:ModelPath"] = ModelPath,
        ["Monitoring:Intake:PollSeconds"] = "3600",
    };

    /// <summary>Services of retrieval and monitoring, as the hosts compose them.</summary>
    public ServiceProvider BuildServices(string? dataFolder = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(dataFolder ?? NewDataFolder())).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddRetrieval(configuration);
        services.AddMonitoring(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>
    /// A generic host with retrieval and monitoring (the scoring worker runs once it is started); <paramref name="settings"/>
    /// are extra configuration keys.
    /// </summary>
    public IHost BuildHost(string dataFolder, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Settings(dataFolder));
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddRetrieval(builder.Configuration);
        builder.Services.AddMonitoring(builder.Configuration);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
