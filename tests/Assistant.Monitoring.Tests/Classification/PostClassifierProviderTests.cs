using Assistant.Core.Monitoring;
using Assistant.Core.Configuration;
using Assistant.Monitoring.Classification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Monitoring.Tests.Classification;

public sealed class PostClassifierProviderTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"monitoring-{Guid.NewGuid():N}");

    [Fact]
    public async Task GetAsync_NoModelFile_TrainsOnceFromTheDataAndSaves()
    {
        Directory.CreateDirectory(directory);
        var data = Path.Combine(directory, "train.jsonl");
        File.Copy(TestPosts.Path, data);
        using var services = Services(data).BuildServiceProvider();
        var provider = services.GetRequiredService<PostClassifierProvider>();

        var classifiers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => provider.GetAsync(TestContext.Current.CancellationToken))));

        Assert.All(classifiers, c => Assert.Same(classifiers[0], c));
        Assert.True(File.Exists(provider.ModelPath));
        Assert.StartsWith(directory, provider.ModelPath, StringComparison.Ordinal);
        Assert.Equal(PostLabel.All.Order(StringComparer.Ordinal), classifiers[0].Labels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetAsync_ModelFileExists_LoadsItWithoutTrainingData()
    {
        Directory.CreateDirectory(directory);
        var data = Path.Combine(directory, "train.jsonl");
        File.Copy(TestPosts.Path, data);
        const string text = "NÓNG!!! Học phí tăng gấp đôi từ tháng sau, chia sẻ gấp!!!";
        double trained;
        using (var first = Services(data).BuildServiceProvider())
        {
            trained = (await first.GetRequiredService<PostClassifierProvider>().GetAsync(TestContext.Current.CancellationToken)).Classify(text).MisinformationProbability;
        }

        File.Delete(data);
        using var second = Services(data).BuildServiceProvider();
        var loaded = await second.GetRequiredService<PostClassifierProvider>().GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal(trained, loaded.Classify(text).MisinformationProbability);
    }

    [Fact]
    public async Task GetAsync_NoModelAndNoData_ThrowsNamingBothPaths()
    {
        using var services = Services(Path.Combine(directory, "missing.jsonl")).BuildServiceProvider();
        var provider = services.GetRequiredService<PostClassifierProvider>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetAsync(TestContext.Current.CancellationToken));

        Assert.Contains("missing.jsonl", error.Message, StringComparison.Ordinal);
        Assert.Contains(provider.ModelPath, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private IServiceCollection Services(string trainingData)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DataOptions.SectionName}:Directory"] = directory,
            [$"{ClassifierOptions.SectionName}:TrainingDataPath"] = trainingData,
            [$"{ClassifierOptions.SectionName}:CalibrationFolds"] = "3",
            [$"{ClassifierOptions.SectionName}:HashBits"] = "14",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        return services.AddMonitoring(configuration);
    }
}
