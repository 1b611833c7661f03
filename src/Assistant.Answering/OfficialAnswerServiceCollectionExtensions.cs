using Assistant.Answering.Official;
using Assistant.Core.Official;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Answering;

/// <summary>Registration of the serving of official answers in the conversation.</summary>
public static class OfficialAnswerServiceCollectionExtensions
{
    /// <summary>
    /// Serves published official answers before any search (<c>OfficialAnswers</c> section). Needs an
    /// <see cref="IOfficialAnswerStore"/> (the host registers one) and <c>AddAnswering</c>.
    /// </summary>
    public static IServiceCollection AddOfficialAnswerServing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OfficialAnswerOptions>().Bind(configuration.GetSection(OfficialAnswerOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton<IOfficialAnswerFinder, OfficialAnswerFinder>());
        return services;
    }
}
