using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Assistant.Channels.Tests.Fakes;

/// <summary>
/// A fake Bot API server on 127.0.0.1 (Kestrel): answers <c>/bot{token}/{method}</c> with <c>{"ok":true,"result":…}</c>
/// in Telegram's JSON, records every call, and can be told to fail the next calls of a method (e.g. 429).
/// </summary>
public sealed class FakeTelegramServer : IAsyncDisposable
{
    /// <summary>The bot's id in getMe.</summary>
    public const long BotId = 7000000001;

    /// <summary>The bot's username in getMe.</summary>
    public const string BotUsername = "hoi_dap_nq71_bot";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, JsonObject Body)>> _scripted = new();
    private readonly ConcurrentQueue<JsonObject> _pendingUpdates = new();
    private int _messageId = 100;

    private FakeTelegramServer(WebApplication app) => _app = app;

    /// <summary>Calls received, by Bot API method name.</summary>
    public CallLog Calls { get; } = new();

    /// <summary>The base URL to give <c>TelegramBotClientOptions</c>.</summary>
    public string BaseUrl => _app.Urls.First();

    /// <summary>Starts the server on a free port.</summary>
    public static async Task<FakeTelegramServer> StartAsync()
    {
        var app = LoopbackApp.Create();
        var server = new FakeTelegramServer(app);
        app.Map("/bot{token}/{method}", (HttpContext http, string method) => server.HandleAsync(http, method));
        await app.StartAsync();
        return server;
    }

    /// <summary>The next call of <paramref name="method"/> fails with 429 and <c>retry_after</c>.</summary>
    public void FailNextWithTooManyRequests(string method, int retryAfter) =>
        _scripted.GetOrAdd(method, _ => new()).Enqueue((429, new JsonObject
        {
            ["ok"] = false,
            ["error_code"] = 429,
            ["description"] = $"Too Many Requests: retry after {retryAfter}",
            ["parameters"] = new JsonObject { ["retry_after"] = retryAfter },
        }));

    /// <summary>The next call of <paramref name="method"/> fails with <paramref name="status"/> (a final Bot API error).</summary>
    public void FailNextWith(string method, int status, string description) =>
        _scripted.GetOrAdd(method, _ => new()).Enqueue((status, new JsonObject
        {
            ["ok"] = false,
            ["error_code"] = status,
            ["description"] = description,
        }));

    /// <summary>Makes <paramref name="update"/> the next result of getUpdates.</summary>
    public void QueueUpdate(JsonObject update) => _pendingUpdates.Enqueue(update);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http, string method)
    {
        var body = await ReadBodyAsync(http.Request);
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Calls.Add(new RecordedCall(method, body, headers));
        if (_scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            http.Response.StatusCode = scripted.Status;
            await http.Response.WriteAsJsonAsync(scripted.Body);
            return;
        }

        JsonNode? result = method switch
        {
            "getMe" => new JsonObject
            {
                ["id"] = BotId,
                ["is_bot"] = true,
                ["first_name"] = "Hỏi đáp NQ71",
                ["username"] = BotUsername,
            },
            "sendMessage" => SentMessage(body),
            "getUpdates" => await NextUpdatesAsync(http.RequestAborted),
            "setWebhook" or "deleteWebhook" => true,
            _ => null,
        };
        if (result is null)
        {
            http.Response.StatusCode = 404;
            await http.Response.WriteAsJsonAsync(new JsonObject { ["ok"] = false, ["error_code"] = 404, ["description"] = "Not Found" });
            return;
        }

        await http.Response.WriteAsJsonAsync(new JsonObject { ["ok"] = true, ["result"] = result });
    }

    private JsonObject SentMessage(JsonObject request) => new()
    {
        ["message_id"] = Interlocked.Increment(ref _messageId),
        ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Hỏi đáp NQ71", ["username"] = BotUsername },
        ["chat"] = new JsonObject { ["id"] = request["chat_id"]?.DeepClone(), ["type"] = "private" },
        ["date"] = 1763900000,
        ["text"] = request["text"]?.DeepClone(),
    };

    private async Task<JsonArray> NextUpdatesAsync(CancellationToken cancellationToken)
    {
        var updates = new JsonArray();
        while (_pendingUpdates.TryDequeue(out var update))
        {
            updates.Add(update);
        }

        if (updates.Count == 0)
        {
            // A short stand-in for Telegram's long poll, so the poller does not spin.
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Client went away.
            }
        }

        return updates;
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var field in form)
            {
                fields[field.Key] = field.Value.ToString();
            }

            return fields;
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? [];
    }
}
