using Assistant.Answering.Extractive;
using Assistant.Answering.Referral;
using Assistant.Core.Answers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Answering;

/// <summary>Registration of the answerers.</summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>Registers the extractive answerer as <see cref="IPassageAnswerer"/> and as the default <see cref="IAnswerer"/>.</summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExtractiveOptions>().BindConfiguration(ExtractiveOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReferralOptions>().BindConfiguration(ReferralOptions.SectionName);
        services.AddSingleton<ReferralWriter>();
        services.AddSingleton<RefusalWriter>();
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<IPassageAnswerer>(sp => sp.GetRequiredService<ExtractiveAnswerer>());
        services.AddSingleton<IAnswerer>(sp => sp.GetRequiredService<ExtractiveAnswerer>());
        return services;
    }
}
