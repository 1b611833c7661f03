using Assistant.Core.Configuration;
using Assistant.Channels.Telegram;
using Assistant.Review;
using Assistant.Review.Accounts;
using Assistant.Review.Alerts;
using Assistant.Web.Api;
using Assistant.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Review;

/// <summary>Registration of the review dashboard and API: the queue itself, cookie and API-key authentication, policies, antiforgery.</summary>
public static class ReviewWebServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ReviewServiceCollectionExtensions.AddReview"/> and the web security around it. Review alerts go to
    /// Telegram when the channel is active (its <see cref="TelegramNotifier"/> is registered; call after <c>AddChannels</c>),
    /// else to the log.
    /// </summary>
    public static IServiceCollection AddReviewWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IReviewAlerts>(sp => sp.GetService<TelegramNotifier>() is { } telegram
            ? new TelegramReviewAlerts(telegram)
            : ActivatorUtilities.CreateInstance<LoggedReviewAlerts>(sp));
        services.AddReview(configuration);
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ReviewDirectory>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "assistant-review-csrf";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddAuthentication(ReviewAuth.CookieScheme)
            .AddPolicyScheme(ReviewAuth.CredentialScheme, "Khóa API hoặc cookie", options => options.ForwardDefaultSelector = context => ReviewAuth.SchemeOf(context.Request))
            .AddCookie(ReviewAuth.CookieScheme, options =>
            {
                options.Cookie.Name = "assistant-review";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.Path = "/";
                options.LoginPath = "/review/login";
                options.AccessDeniedPath = "/review/login";
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = RejectEndedSessionAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddOptions<CookieAuthenticationOptions>(ReviewAuth.CookieScheme)
            .Configure<IOptions<ReviewOptions>>((cookie, review) => cookie.ExpireTimeSpan = TimeSpan.FromHours(review.Value.SessionHours));
        services.AddAuthorizationBuilder()
            .AddPolicy(ReviewAuth.PagePolicy, policy => policy.AddAuthenticationSchemes(ReviewAuth.CookieScheme).RequireAuthenticatedUser().RequireAssertion(c => ReviewAuth.Allows(c.User)))
            .AddPolicy(ReviewAuth.ReadPolicy, policy => policy.AddAuthenticationSchemes(ReviewAuth.CredentialScheme)
                .RequireAuthenticatedUser().RequireAssertion(c => ReviewAuth.Allows(c.User, ApiScopes.ReviewRead, ApiScopes.ReviewWrite)))
            .AddPolicy(ReviewAuth.WritePolicy, policy => policy.AddAuthenticationSchemes(ReviewAuth.CredentialScheme)
                .RequireAuthenticatedUser().RequireAssertion(c => ReviewAuth.Allows(c.User, ApiScopes.ReviewWrite)))
            .AddPolicy(ReviewAuth.AnswersReadPolicy, policy => policy.AddAuthenticationSchemes(ReviewAuth.CredentialScheme).RequireAuthenticatedUser()
                .RequireAssertion(c => ReviewAuth.Allows(c.User, ApiScopes.ReviewRead, ApiScopes.ReviewWrite, ApiScopes.AnswersWrite, ApiScopes.AnswersPublish)))
            .AddPolicy(ReviewAuth.AnswersWritePolicy, policy => policy.AddAuthenticationSchemes(ReviewAuth.CredentialScheme)
                .RequireAuthenticatedUser().RequireAssertion(c => ReviewAuth.Allows(c.User, ApiScopes.AnswersWrite)))
            .AddPolicy(ReviewAuth.AnswersPublishPolicy, policy => policy.AddAuthenticationSchemes(ReviewAuth.CredentialScheme)
                .RequireAuthenticatedUser().RequireAssertion(c => ReviewAuth.AllowsAdmin(c.User, ApiScopes.AnswersPublish)));
        return services;
    }

    /// <summary>API calls get a Vietnamese problem (401/403); pages are sent to the login page.</summary>
    private static Task Deny(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return ApiKeyAuthenticationHandler.DenyAsync(context.HttpContext, status);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>A cookie opens the dashboard only while its server-side session lives and its account is enabled.</summary>
    private static async Task RejectEndedSessionAsync(CookieValidatePrincipalContext context)
    {
        var login = context.Principal?.Identity?.Name;
        var services = context.HttpContext.RequestServices;
        var aborted = context.HttpContext.RequestAborted;
        if (login is null
            || !await services.GetRequiredService<ReviewSessions>().IsActiveAsync(ReviewAuth.SessionOf(context.Principal!), aborted)
            || await services.GetRequiredService<AccountService>().FindEnabledAsync(login, aborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ReviewAuth.CookieScheme);
        }
    }
}
