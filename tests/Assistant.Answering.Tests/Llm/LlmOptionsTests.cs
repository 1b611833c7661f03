using Assistant.Answering.Llm;
using Assistant.Core.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Tests.Llm;

public sealed class LlmOptionsTests
{
    [Fact]
    public void ExampleSettings_LlmSection_ListsEverySettingWithItsDefault()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(RepositoryPaths.Resolve("appsettings.example.json")).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddLlmAnswering(configuration);
        using var provider = services.BuildServiceProvider();

        var bound = provider.GetRequiredService<IOptions<LlmOptions>>().Value;
        var defaults = new LlmOptions();

        Assert.False(bound.Enabled);
        foreach (var property in typeof(LlmOptions).GetProperties().Where(p => p.CanWrite && p.PropertyType != typeof(LlmCircuitBreakerOptions)))
        {
            Assert.True(configuration.GetSection("Llm").GetChildren().Any(c => c.Key == property.Name), $"Llm:{property.Name} missing from appsettings.example.json");
            Assert.Equal(property.GetValue(defaults), property.GetValue(bound));
        }

        foreach (var property in typeof(LlmCircuitBreakerOptions).GetProperties().Where(p => p.CanWrite))
        {
            Assert.Equal(property.GetValue(defaults.CircuitBreaker), property.GetValue(bound.CircuitBreaker));
        }
    }
}
