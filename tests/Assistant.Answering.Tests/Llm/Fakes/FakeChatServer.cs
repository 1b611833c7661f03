using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Answering.Tests.Llm.Fakes;

/// <summary>
/// An OpenAI-compatible chat server on 127.0.0.1 (Kestrel): <c>POST /v1/chat/completions</c> answers with the
/// scripted replies in order, then repeats <see cref="Default"/>; it records every request body.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeReply> script = new();
    private readonly ConcurrentQueue<JsonDocument> requests = new();
    private int abandoned;

    private FakeChatServer(WebApplication app) => this.app = app;

    /// <summary>The base URL to configure as <c>Llm:Endpoint</c> (ends in <c>/v1</c>).</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>The reply once the script is used up.</summary>
    public FakeReply Default { get; set; } = FakeReply.Status(500);

    /// <summary>Requests received so far.</summary>
    public int RequestCount => requests.Count;

    /// <summary>Hung requests the client gave up on (the connection was aborted).</summary>
    public int Abandoned => Volatile.Read(ref abandoned);

    /// <summary>The bodies received, in order.</summary>
    public IReadOnlyList<JsonDocument> Requests => requests.ToList();

    /// <summary>The messages of the requests received, in order.</summary>
    public IReadOnlyList<ModelRequest> Messages => requests.Select(r => ModelRequest.From(r.RootElement)).ToList();

    /// <summary>Starts a server on a free port of 127.0.0.1.</summary>
    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = address.TrimEnd('/') + "/v1";
        return server;
    }

    /// <summary>Queues replies for the next requests.</summary>
    public void Enqueue(params FakeReply[] replies)
    {
        foreach (var reply in replies)
        {
            script.Enqueue(reply);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        foreach (var request in requests)
        {
            request.Dispose();
        }
    }

    /// <summary>Holds the request open until the client aborts it, and counts that.</summary>
    internal async Task HangAsync(HttpContext context)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref abandoned);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        requests.Enqueue(body);
        var stream = body.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        var reply = script.TryDequeue(out var next) ? next : Default;
        await reply.WriteAsync(context, ModelRequest.From(body.RootElement), stream, this);
    }
}
