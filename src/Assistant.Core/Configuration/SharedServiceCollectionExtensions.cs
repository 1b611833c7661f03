using Assistant.Core.Provinces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Configuration;

/// <summary>The settings and data every library needs, registered once however many libraries ask for them.</summary>
public static class SharedServiceCollectionExtensions
{
    /// <summary>
    /// Binds (from <paramref name="configuration"/>) and validates <see cref="CorpusOptions"/> and <see cref="DataOptions"/> (at start), and adds the
    /// <see cref="ProvinceDirectory"/> from <c>corpus/provinces.json</c> and <see cref="TimeProvider.System"/>.
    /// A second call adds nothing.
    /// </summary>
    public static IServiceCollection AddSharedOptions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(SharedOptionsAdded)))
        {
            return services;
        }

        services.AddSingleton<SharedOptionsAdded>();
        services.AddOptions<CorpusOptions>().Bind(configuration.GetSection(CorpusOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DataOptions>().Bind(configuration.GetSection(DataOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => ProvinceDirectory.Load(sp.GetRequiredService<IOptions<CorpusOptions>>().Value.ProvincesPath));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Marks a service collection that already holds the shared registrations.</summary>
    private sealed class SharedOptionsAdded;
}
