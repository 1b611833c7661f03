using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Assistant.Monitoring.Tests.Feeds;

/// <summary>A real HTTP server on 127.0.0.1 (Kestrel, free port) serving feed documents set by the test.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, FeedResponse> responses = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly WebApplication app;

    private FeedServer(WebApplication app) => this.app = app;

    /// <summary>Requests received, in order.</summary>
    public ConcurrentQueue<FeedRequest> Requests { get; } = new();

    /// <summary>The server's base address.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts a server.</summary>
    public static async Task<FeedServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new FeedServer(builder.Build());
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync(cancellationToken);
        server.BaseAddress = new Uri(server.app.Urls.Single());
        return server;
    }

    /// <summary>Serves <paramref name="response"/> at <paramref name="path"/> (other paths answer 404).</summary>
    public string Serve(string path, FeedResponse response)
    {
        responses[path] = response;
        return Url(path);
    }

    /// <summary>The absolute address of a path.</summary>
    public string Url(string path) => new Uri(BaseAddress, path).AbsoluteUri;

    /// <summary>Requests received on a path.</summary>
    public IReadOnlyList<FeedRequest> RequestsTo(string path) => Requests.Where(r => r.Path == path).ToList();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        Requests.Enqueue(new FeedRequest(path, Header(request, "If-None-Match"), Header(request, "If-Modified-Since"), Header(request, "User-Agent")));
        if (!responses.TryGetValue(path, out var response))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (response.Hang)
        {
            using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
            await Task.Delay(Timeout.Infinite, aborted.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if ((response.ETag is not null && Header(request, "If-None-Match") == response.ETag)
            || (response.ETag is null && response.LastModified is not null && Header(request, "If-Modified-Since") == response.LastModified))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        if (response.ETag is not null)
        {
            context.Response.Headers.ETag = response.ETag;
        }

        if (response.LastModified is not null)
        {
            context.Response.Headers.LastModified = response.LastModified;
        }

        if (response.SendLength)
        {
            context.Response.ContentLength = response.Body.Length;
        }

        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;
}
