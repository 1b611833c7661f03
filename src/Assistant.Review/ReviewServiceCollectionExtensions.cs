using Assistant.Core.Configuration;
using Assistant.Core.Monitoring;
using Assistant.Core.Provinces;
using Assistant.Review.Accounts;
using Assistant.Review.Alerts;
using Assistant.Review.Drafts;
using Assistant.Review.Feedback;
using Assistant.Review.Posts;
using Assistant.Review.Storage;
using Assistant.Review.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Review;

/// <summary>Registration of the review queue.</summary>
public static class ReviewServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SQLite store (<c>Review:DatabaseFile</c> in <c>Data:Directory</c>), accounts, the workflow
    /// (<see cref="ReviewService"/>), <see cref="IReviewQueue"/> for the monitor, an <see cref="IKnownClaimSource"/> over
    /// verdicts, and a logging <see cref="IReviewAlerts"/> unless another is registered (e.g. Telegram).
    /// </summary>
    public static IServiceCollection AddReview(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSharedOptions(configuration);
        services.TryAddSingleton<IReviewAlerts, LoggedReviewAlerts>();

        services.AddSingleton<ReviewDatabase>();
        services.AddSingleton<IReviewRepository, SqliteReviewRepository>();
        services.AddSingleton<IAccountStore, SqliteAccountStore>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<ILoginAttemptStore, SqliteLoginAttemptStore>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<IReviewSessionStore, SqliteReviewSessionStore>();
        services.AddSingleton<ReviewSessions>();
        services.AddSingleton<ItemProvinceResolver>();
        services.AddSingleton<PassageHeadings>();
        services.AddSingleton<AssigneePicker>();
        services.AddSingleton<AssignmentAlerter>();
        services.AddSingleton<DraftReplyWriter>();
        services.AddSingleton<ReviewClock>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<PostBrowser>();
        services.AddSingleton<IReviewQueue>(sp => sp.GetRequiredService<ReviewQueue>());
        services.AddSingleton<VerdictKnownClaimSource>();
        services.AddSingleton<IKnownClaimSource>(sp => sp.GetRequiredService<VerdictKnownClaimSource>());
        return services;
    }
}
