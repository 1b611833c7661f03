using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Assistant.Channels.Tests.Fakes;

/// <summary>
/// A fake Zalo OA Open API + OAuth server on 127.0.0.1 (Kestrel). <c>/v3.0/oa/message/cs</c> answers HTTP 200 with
/// Zalo's <c>error</c> codes (-216 for a token that is not the current one, scripted errors first);
/// <c>/v4/oa/access_token</c> rotates the pair when given the current refresh token and the app secret.
/// </summary>
public sealed class FakeZaloServer : IAsyncDisposable
{
    /// <summary>Method name recorded for every send attempt.</summary>
    public const string SendCall = "message/cs";

    /// <summary>Method name recorded for sends that were accepted.</summary>
    public const string Delivered = "delivered";

    /// <summary>Method name recorded for token refreshes.</summary>
    public const string RefreshCall = "access_token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _scriptedErrors = new();
    private readonly string _appSecret;
    private int _rotations;

    private FakeZaloServer(WebApplication app, string appSecret, string accessToken, string refreshToken)
    {
        _app = app;
        _appSecret = appSecret;
        ValidAccessToken = accessToken;
        ValidRefreshToken = refreshToken;
    }

    /// <summary>Calls received.</summary>
    public CallLog Calls { get; } = new();

    /// <summary>The access token the server accepts now.</summary>
    public string ValidAccessToken { get; private set; }

    /// <summary>The refresh token the server accepts now (it works once).</summary>
    public string ValidRefreshToken { get; private set; }

    /// <summary>Base URL for both APIs.</summary>
    public string BaseUrl => _app.Urls.First();

    /// <summary>Starts the server accepting <paramref name="accessToken"/> and <paramref name="refreshToken"/>.</summary>
    public static async Task<FakeZaloServer> StartAsync(string appSecret, string accessToken, string refreshToken)
    {
        var app = LoopbackApp.Create();
        var server = new FakeZaloServer(app, appSecret, accessToken, refreshToken);
        app.MapPost("/v3.0/oa/message/cs", server.SendAsync);
        app.MapPost("/v4/oa/access_token", server.RefreshAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>The next send (with a valid token) answers Zalo error <paramref name="error"/>.</summary>
    public void FailNextSendWith(int error) => _scriptedErrors.Enqueue(error);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> SendAsync(HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
        var token = request.Headers["access_token"].ToString();
        var call = new RecordedCall(SendCall, body, new Dictionary<string, string> { ["access_token"] = token });
        Calls.Add(call);
        if (token != ValidAccessToken)
        {
            return Results.Json(new JsonObject { ["error"] = -216, ["message"] = "Access token is invalid" });
        }

        if (_scriptedErrors.TryDequeue(out var error))
        {
            return Results.Json(new JsonObject { ["error"] = error, ["message"] = "Scripted error" });
        }

        Calls.Add(call with { Method = Delivered });
        return Results.Json(new JsonObject
        {
            ["data"] = new JsonObject { ["message_id"] = Guid.NewGuid().ToString("N"), ["user_id"] = body["recipient"]?["user_id"]?.DeepClone() },
            ["error"] = 0,
            ["message"] = "Success",
        });
    }

    private async Task<IResult> RefreshAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var fields = new JsonObject();
        foreach (var field in form)
        {
            fields[field.Key] = field.Value.ToString();
        }

        var secret = request.Headers["secret_key"].ToString();
        Calls.Add(new RecordedCall(RefreshCall, fields, new Dictionary<string, string> { ["secret_key"] = secret }));
        if (secret != _appSecret || form["refresh_token"] != ValidRefreshToken || form["grant_type"] != "refresh_token")
        {
            return Results.Json(new JsonObject { ["error"] = -14014, ["error_name"] = "Invalid refresh token", ["error_description"] = "Refresh token is invalid" });
        }

        var n = Interlocked.Increment(ref _rotations);
        ValidAccessToken = $"AT-rotated-{n}";
        ValidRefreshToken = $"RT-rotated-{n}";
        return Results.Json(new JsonObject
        {
            ["access_token"] = ValidAccessToken,
            ["refresh_token"] = ValidRefreshToken,
            ["expires_in"] = "90000",
        });
    }
}
