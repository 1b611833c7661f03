using Assistant.Channels.BotFramework;
using Assistant.Core.Configuration;
using Microsoft.Extensions.Configuration;

namespace Assistant.Channels.Tests.BotFramework;

public sealed class BotFrameworkOptionsTests
{
    [Fact]
    public void ExampleSettings_BotFrameworkSection_ListsEverySettingWithItsDefault()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(RepositoryPaths.Resolve("appsettings.example.json")).Build();
        var section = configuration.GetSection(BotFrameworkOptions.SectionName);
        var bound = section.Get<BotFrameworkOptions>() ?? throw new InvalidOperationException("Channels:BotFramework missing from appsettings.example.json");
        var defaults = new BotFrameworkOptions();

        foreach (var property in typeof(BotFrameworkOptions).GetProperties().Where(p => p.CanWrite && p.Name != nameof(BotFrameworkOptions.ChannelProfiles)))
        {
            Assert.True(section.GetChildren().Any(c => c.Key == property.Name), $"Channels:BotFramework:{property.Name} missing from appsettings.example.json");
            Assert.Equal(property.GetValue(defaults), property.GetValue(bound));
        }

        Assert.Equal(
            defaults.ChannelProfiles.Select(p => (p.Key, p.Value.MaxMessageLength, p.Value.Markdown)).Order(),
            section.GetSection(nameof(BotFrameworkOptions.ChannelProfiles)).GetChildren()
                .Select(c => (c.Key, c.GetValue<int>("MaxMessageLength"), c.GetValue<bool>("Markdown"))).Order());
    }

    [Fact]
    public void ProfileFor_ConfiguredAndUnknownChannels_OwnEntryElseDefaultLength()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Channels:BotFramework:MaxMessageLength"] = "3000",
            ["Channels:BotFramework:ChannelProfiles:Facebook:MaxMessageLength"] = "1500",
            ["Channels:BotFramework:ChannelProfiles:slack:MaxMessageLength"] = "4000",
        }).Build();

        var options = configuration.GetSection(BotFrameworkOptions.SectionName).Get<BotFrameworkOptions>()!;

        Assert.Equal((1500, false), (options.ProfileFor("facebook").MaxMessageLength, options.ProfileFor("facebook").Markdown));
        Assert.Equal(4000, options.ProfileFor("slack").MaxMessageLength);
        Assert.Equal((3000, true), (options.ProfileFor("line").MaxMessageLength, options.ProfileFor("line").Markdown));
        Assert.Equal(20_000, options.ProfileFor("msteams").MaxMessageLength);
    }
}
