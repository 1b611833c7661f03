using Assistant.Reporting.Figures;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Reporting;

/// <summary>Registration of the periodic report.</summary>
public static class ReportingServiceCollectionExtensions
{
    /// <summary>Adds the report's figures (<see cref="PeriodicReportBuilder"/>); needs <c>AddReview</c>, <c>AddListening</c>, <c>AddInsights</c> and an <c>IRetriever</c>.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddSingleton<PlanTargets>();
        services.AddSingleton<PeriodicReportBuilder>();
        return services;
    }
}
