using Assistant.Core.Configuration;
using Assistant.Monitoring.Classification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Monitoring;

/// <summary>Registers the misinformation monitor.</summary>
public static class MonitoringServiceCollectionExtensions
{
    /// <summary>Adds the classifier options (<c>Monitoring:Classifier</c>) and the shared <see cref="PostClassifierProvider"/>.</summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataOptions>()
            .Bind(configuration.GetSection(DataOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ClassifierOptions>()
            .Bind(configuration.GetSection(ClassifierOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<PostClassifierProvider>();
        return services;
    }
}
