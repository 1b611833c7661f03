using Assistant.Answering;
using Assistant.Answering.Extractive;
using Assistant.Answering.Llm;
using Assistant.Core.Answers;
using Assistant.Core.Configuration;
using Assistant.Core.Monitoring;
using Assistant.Evaluation;
using Assistant.Monitoring;
using Assistant.Monitoring.Evaluation;
using Assistant.Retrieval;
using Assistant.Review;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Cli.Hosting;

/// <summary>The composition root of the command line: the settings the web host reads too (<see cref="AssistantConfiguration"/>).</summary>
public static class CliServices
{
    /// <summary>
    /// Builds the service provider the commands use; <paramref name="overrides"/> (e.g. from command options) win over every
    /// other source; <paramref name="configure"/> adds what one command alone needs.
    /// </summary>
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddAssistantSources([])
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddRetrieval(configuration);
        services.AddAnswering(configuration);
        services.AddConversations(configuration);

        // Answerers by mode for `eval qa --mode`: the model answerer is added under AnswerMode.Llm only when Llm:Endpoint is set.
        services.AddKeyedSingleton<IAnswerer>(AnswerMode.Extractive, (sp, _) => sp.Understood(sp.GetRequiredService<ExtractiveAnswerer>()));
        if (services.Any(d => d.ServiceType == typeof(LlmAnswerer)))
        {
            services.AddKeyedSingleton<IAnswerer>(AnswerMode.Llm, (sp, _) => sp.Understood(sp.GetRequiredService<LlmAnswerer>()));
        }

        services.AddMonitoring(configuration);
        services.AddKeyedSingleton<IClassifierTrainer, ProjectClassifierTrainer>(ClassifierTrainerKeys.Project);
        services.AddKeyedSingleton<IClassifierTrainer, DefaultPipelineTrainer>(ClassifierTrainerKeys.Peer);
        services.AddEvaluation(configuration);
        services.AddReview(configuration);
        services.AddListening(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
