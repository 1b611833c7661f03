using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Assistant.Channels.Tests.Fakes;

/// <summary>
/// A fake Bot Connector on 127.0.0.1 (Kestrel): takes activities at <c>/v3/conversations/{id}/activities[/{replyToId}]</c>
/// when they carry a token the login issued (else 401), records each by its <c>type</c>, and can be told to fail the
/// next messages (429 with <c>Retry-After</c>, 5xx).
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    /// <summary>Method name recorded for every message attempt, accepted or not.</summary>
    public const string Attempt = "attempt";

    private readonly WebApplication _app;
    private readonly Func<string, bool> _validToken;
    private readonly ConcurrentQueue<(int Status, int? RetryAfter)> _scripted = new();

    private FakeBotConnector(WebApplication app, Func<string, bool> validToken)
    {
        _app = app;
        _validToken = validToken;
    }

    /// <summary>Accepted activities by type (<c>message</c>, <c>typing</c>), and every message <see cref="Attempt"/>.</summary>
    public CallLog Calls { get; } = new();

    /// <summary>The service URL activities name.</summary>
    public string ServiceUrl => _app.Urls.First() + "/";

    /// <summary>Starts the connector accepting the bearer tokens <paramref name="validToken"/> approves.</summary>
    public static async Task<FakeBotConnector> StartAsync(Func<string, bool> validToken)
    {
        var app = LoopbackApp.Create();
        var connector = new FakeBotConnector(app, validToken);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", connector.ReceiveAsync);
        await app.StartAsync();
        return connector;
    }

    /// <summary>The next message is answered <paramref name="status"/>, with <c>Retry-After</c> when given.</summary>
    public void FailNextMessageWith(int status, int? retryAfter = null) => _scripted.Enqueue((status, retryAfter));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId, string? activityId)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
        var authorization = http.Request.Headers.Authorization.ToString();
        var headers = new Dictionary<string, string>
        {
            ["Authorization"] = authorization,
            ["conversationId"] = conversationId,
            ["activityId"] = activityId ?? "",
            ["at"] = DateTimeOffset.UtcNow.ToString("O"),
        };
        var type = (string?)body["type"] ?? "";
        if (type == "message")
        {
            Calls.Add(new RecordedCall(Attempt, body, headers));
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !_validToken(authorization["Bearer ".Length..]))
        {
            return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "Unauthorized" } }, statusCode: 401);
        }

        if (type == "message" && _scripted.TryDequeue(out var scripted))
        {
            if (scripted.RetryAfter is { } seconds)
            {
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "ServiceError" } }, statusCode: scripted.Status);
        }

        Calls.Add(new RecordedCall(type, body, headers));
        return Results.Json(new JsonObject { ["id"] = Guid.NewGuid().ToString("N") }, statusCode: 201);
    }
}
