using Assistant.Core.Configuration;
using Assistant.Monitoring.Feeds;
using Assistant.Monitoring.Tests.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Tests.Feeds;

public sealed class FeedOptionsTests(PipelineFixture pipeline)
{
    [Fact]
    public void Value_NoFeedSettings_DefaultsWithoutFeeds()
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder());

        var options = services.GetRequiredService<IOptions<FeedOptions>>().Value;

        Assert.Empty(options.Sources);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(100, options.MaxItemsPerPoll);
        Assert.Equal(5 * 1024 * 1024, options.MaxFeedBytes);
    }

    [Fact]
    public void ExampleSettings_FeedsSection_ListsEverySettingWithItsDefault()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(RepositoryPaths.Resolve("appsettings.example.json")).Build();
        var section = configuration.GetSection(FeedOptions.SectionName);
        var bound = section.Get<FeedOptions>() ?? throw new InvalidOperationException("Monitoring:Feeds missing from appsettings.example.json");
        var defaults = new FeedOptions();

        foreach (var property in typeof(FeedOptions).GetProperties().Where(p => p.CanWrite && p.Name != nameof(FeedOptions.Sources)))
        {
            Assert.True(section.GetChildren().Any(c => c.Key == property.Name), $"Monitoring:Feeds:{property.Name} missing from appsettings.example.json");
            Assert.Equal(property.GetValue(defaults), property.GetValue(bound));
        }

        Assert.Empty(bound.Sources);
    }

    [Fact]
    public void Value_FeedsInConfiguration_BoundWithDefaultInterval()
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), settings: new Dictionary<string, string?>
        {
            ["Monitoring:Feeds:Sources:0:Name"] = "bao-a",
            ["Monitoring:Feeds:Sources:0:Url"] = "https://bao-a.example/rss",
            ["Monitoring:Feeds:Sources:1:Name"] = "bao-b",
            ["Monitoring:Feeds:Sources:1:Url"] = "https://bao-b.example/atom.xml",
            ["Monitoring:Feeds:Sources:1:Interval"] = "01:30:00",
        });

        var sources = services.GetRequiredService<IOptions<FeedOptions>>().Value.Sources;

        Assert.Equal(["bao-a", "bao-b"], sources.Select(s => s.Name));
        Assert.Equal([TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(90)], sources.Select(s => s.Interval));
        Assert.Equal("rss:bao-a", sources[0].PostSource);
    }

    [Theory]
    [InlineData("Url", "ftp://bao.example/rss", "Monitoring:Feeds:Sources:0:Url")]
    [InlineData("Url", "/rss.xml", "Monitoring:Feeds:Sources:0:Url")]
    [InlineData("Name", "", "Monitoring:Feeds:Sources:0")]
    [InlineData("Interval", "00:00:05", "Monitoring:Feeds:Sources:0")]
    public void Value_BadFeed_FailsNamingTheSetting(string key, string value, string setting)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Monitoring:Feeds:Sources:0:Name"] = "bao",
            ["Monitoring:Feeds:Sources:0:Url"] = "https://bao.example/rss",
        };
        settings["Monitoring:Feeds:Sources:0:" + key] = value;
        using var services = FeedServices.Build(pipeline.NewDataFolder(), settings: settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FeedOptions>>().Value);

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_TwoFeedsWithOneName_FailsNamingTheSecond()
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), settings: new Dictionary<string, string?>
        {
            ["Monitoring:Feeds:Sources:0:Name"] = "bao",
            ["Monitoring:Feeds:Sources:0:Url"] = "https://bao.example/rss",
            ["Monitoring:Feeds:Sources:1:Name"] = "BAO",
            ["Monitoring:Feeds:Sources:1:Url"] = "https://bao.example/atom",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FeedOptions>>().Value);

        Assert.Contains("Monitoring:Feeds:Sources:1:Name", error.Message, StringComparison.Ordinal);
    }
}
