using Assistant.Channels;
using Assistant.Core.Configuration;
using Assistant.Web.Api;
using Assistant.Web.Chat;
using Assistant.Web.Feedback;
using Assistant.Web.Health;
using Assistant.Web.Hosting;
using Assistant.Web.Insights;
using Assistant.Web.Official;
using Assistant.Web.Operations;
using Assistant.Web.Posts;
using Assistant.Web.Reporting;
using Assistant.Web.Review;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

using Assistant.Web.Documents;

namespace Assistant.Web;

/// <summary>
/// Builds the web host: the chat page at <c>/</c>, the API under <c>/api</c>, the channel webhooks under <c>/webhooks</c>,
/// probes and the OpenAPI document.
/// Tests call <see cref="Create"/> with their own arguments (e.g. <c>--urls http://127.0.0.1:0</c>) and overrides.
/// </summary>
public static class AssistantWebApplication
{
    /// <summary>The configured application, not yet started.</summary>
    /// <param name="args">Command-line arguments (configuration overrides such as <c>--Data:Directory=…</c> included).</param>
    /// <param name="configure">Changes applied after the default registrations (tests replace services here).</param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        UseAssistantConfiguration(builder, args);
        builder.Services.AddAssistantWeb(builder.Configuration);
        configure?.Invoke(builder);
        UseDefaultUrlsUnlessConfigured(builder);

        var app = builder.Build();
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.IsEnabled)
        {
            app.UseForwardedHeaders();
        }

        if (app.Services.GetRequiredService<IOptions<ServerOptions>>().Value.HstsMaxAgeDays > 0)
        {
            app.UseHsts();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages(context => context.HttpContext.Response.HasStarted
            ? Task.CompletedTask
            : ApiProblems.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        app.UseSecurityHeaders();
        var page = new EmbeddedFileProvider(typeof(AssistantWebApplication).Assembly, "Assistant.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = page });
        app.UseRateLimiter();

        app.MapOpenApi();
        app.MapHealth();
        var api = app.MapGroup("/api").RequireRateLimiting(ClientRateLimiting.PolicyName);
        api.MapChat();
        api.MapFeedback();
        app.MapChannelWebhooks();
        api.MapPosts();
        app.MapOfficialAnswers();
        app.MapOfficialAnswerPages();
        app.MapInsightsApi();
        app.MapInsightsPages();
        app.MapPeriodicReport();
        app.MapReview();
        app.MapDocumentAdmin();
        return app;
    }

    /// <summary>
    /// The settings the command line reads too (<see cref="AssistantConfiguration"/>: the repository root's appsettings.json,
    /// environment, command line), in place of the files next to the binary; <c>ASPNETCORE_*</c> variables (URLs,
    /// environment) keep working as in any ASP.NET Core app.
    /// </summary>
    private static void UseAssistantConfiguration(WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.Sources.Clear();
        builder.Configuration
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning" })
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddAssistantSources(args);
    }

    /// <summary>Listens on <see cref="ServerOptions.DefaultUrls"/> unless <c>--urls</c>, <c>ASPNETCORE_URLS</c>, ports or Kestrel endpoints are configured.</summary>
    private static void UseDefaultUrlsUnlessConfigured(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            var server = configuration.GetSection(ServerOptions.SectionName).Get<ServerOptions>() ?? new ServerOptions();
            builder.WebHost.UseUrls(server.DefaultUrls);
        }
    }
}
