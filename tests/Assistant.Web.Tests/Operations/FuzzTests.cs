using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Assistant.Channels.Zalo;

namespace Assistant.Web.Tests.Operations;

/// <summary>The app with a posts key and both channels on, so every body reaches the code that reads it.</summary>
public sealed class FuzzSite : IAsyncLifetime
{
    /// <summary>Key with <c>posts:write</c>.</summary>
    public const string PostsKey = "fuzz-posts-key-0123456789abcdef";

    /// <summary>Telegram's webhook secret.</summary>
    public const string TelegramSecret = "bi-mat-fuzz";

    /// <summary>Zalo's app id and OA secret key (for signing).</summary>
    public const string ZaloAppId = "123";

    /// <summary>Zalo's OA secret key.</summary>
    public const string ZaloKey = "khoa-oa-fuzz";

    private RunningApp? app;

    /// <summary>The running app.</summary>
    public RunningApp App => app ?? throw new InvalidOperationException("Not started.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => app = await RunningApp.StartAsync(new Dictionary<string, string>
    {
        ["Api:Keys:0:Name"] = "fuzz",
        ["Api:Keys:0:Key"] = PostsKey,
        ["Api:Keys:0:Scopes:0"] = "posts:write",
        ["Monitoring:Classifier:TrainingDataPath"] = "no-such-file.jsonl",
        ["Channels:Telegram:Enabled"] = "true",
        ["Channels:Telegram:BotToken"] = "42:abc",
        ["Channels:Telegram:SecretToken"] = TelegramSecret,
        ["Channels:Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
        ["Channels:Telegram:MaxRetries"] = "0",
        ["Channels:Zalo:Enabled"] = "true",
        ["Channels:Zalo:AppId"] = ZaloAppId,
        ["Channels:Zalo:AppSecret"] = "s",
        ["Channels:Zalo:OaSecretKey"] = ZaloKey,
        ["Channels:Zalo:RefreshToken"] = "r",
        ["Channels:Zalo:OpenApiBaseUrl"] = "http://127.0.0.1:9",
        ["Channels:Zalo:OAuthBaseUrl"] = "http://127.0.0.1:9",
        ["Channels:Zalo:MaxRetries"] = "0",
    });

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}

/// <summary>
/// Random JSON (shaped like each endpoint's input, then mutated: wrong types, lone surrogates, huge and odd numbers,
/// deep nesting, truncation) sent to the endpoints that read bodies from outside: never a 5xx. Seeded, so a failure
/// names the seed and the body that caused it.
/// </summary>
public sealed class FuzzTests(FuzzSite site) : IClassFixture<FuzzSite>
{
    private const int Cases = 150;

    private static readonly string[] Strings =
    [
        "", " ", "Nghị quyết 71", "\\ud800", "\\udfff", "a\\ud800b", "\\udc00\\ud800", "\\u0000", "😀", "\\ud83d\\ude00", "<script>",
        "javascript:alert(1)", "../../etc/passwd", "up", "down", "user_send_text", "user_send_image", "private", "group", "/start",
        "2026-13-45", "2025-08-22T00:00:00Z", "1", "-1", "1e999", "NaN", new string('x', 5000), "Ở Cần Thơ ai ký kế hoạch?",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "1500000000", "1e30", "1e308", "1e400", "-1e400", "0.5", "1.0000000000000000000001", "123456789012345678901234567890",
        "1E-400", "4.9e-324",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public Task Posts_RandomBatches_NeverA5xx() => FuzzAsync(1, random => $"[{string.Join(",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Mutate(random, PostShape(random))))}]",
        body => Send("/api/posts", body, ("X-Api-Key", FuzzSite.PostsKey)));

    [Fact]
    public Task Feedback_RandomBodies_NeverA5xx() => FuzzAsync(2, random => Mutate(random, Object(random,
        ("conversationId", Str(random)), ("answerId", Str(random)), ("turn", Num(random)), ("rating", Str(random)), ("comment", Str(random)))),
        body => Send("/api/feedback", body));

    [Fact]
    public Task TelegramWebhook_RandomUpdates_NeverA5xx() => FuzzAsync(3, random => Mutate(random, Object(random,
        ("update_id", Num(random)),
        (random.Next(2) == 0 ? "message" : "channel_post", Object(random,
            ("message_id", Num(random)), ("date", Num(random)), ("text", Str(random)),
            ("chat", Object(random, ("id", Num(random)), ("type", Str(random)), ("username", Str(random)))),
            ("from", Object(random, ("id", Num(random)), ("is_bot", random.Next(2) == 0 ? "true" : Str(random)), ("first_name", Str(random)))),
            ("entities", $"[{Object(random, ("type", Str(random)), ("offset", Num(random)), ("length", Num(random)))}]"))))),
        body => Send("/webhooks/telegram", body, ("X-Telegram-Bot-Api-Secret-Token", FuzzSite.TelegramSecret)));

    [Fact]
    public Task ZaloWebhook_RandomSignedEvents_NeverA5xx() => FuzzAsync(4, random =>
        {
            var timestamp = random.Next(3) == 0 ? Num(random) : $"\"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}\"";
            return Mutate(random, Object(random,
                ("app_id", $"\"{FuzzSite.ZaloAppId}\""), ("event_name", random.Next(3) == 0 ? Str(random) : "\"user_send_text\""), ("timestamp", timestamp),
                ("sender", Object(random, ("id", Str(random)))), ("recipient", Object(random, ("id", Str(random)))),
                ("message", Object(random, ("msg_id", Str(random)), ("text", Str(random))))));
        },
        body => Send("/webhooks/zalo", body, ("X-ZEvent-Signature", ZaloSignatureOf(body))));

    private static string ZaloSignatureOf(string body)
    {
        var timestamp = System.Text.RegularExpressions.Regex.Match(body, "\"timestamp\":\"?([^\",}]*)").Groups[1].Value;
        return "mac=" + ZaloSignature.Compute(FuzzSite.ZaloAppId, body, timestamp, FuzzSite.ZaloKey);
    }

    private async Task FuzzAsync(int seed, Func<Random, string> generate, Func<string, HttpRequestMessage> request)
    {
        var random = new Random(seed);
        var failures = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var body = generate(random);
            using var message = request(body);
            using var response = await site.App.Client.SendAsync(message, Ct);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"case {i} (seed {seed}): {(int)response.StatusCode} for {(body.Length > 300 ? body[..300] + "…" : body)}");
            }
            else if ((int)response.StatusCode >= 400)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Empty(failures);
    }

    private static HttpRequestMessage Send(string path, string body, params (string Name, string Value)[] headers)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    private static string PostShape(Random random) => Object(random,
        ("externalId", Str(random)), ("text", Str(random)), ("source", Str(random)), ("url", Str(random)), ("author", Str(random)),
        ("publishedAt", Str(random)), ("likes", Num(random)), ("shares", Num(random)), ("comments", Num(random)));

    /// <summary>An object with some of the fields (each kept with probability 3/4) and now and then an unknown one.</summary>
    private static string Object(Random random, params (string Name, string Value)[] fields)
    {
        var kept = fields.Where(_ => random.Next(4) != 0).Select(f => $"\"{f.Name}\":{f.Value}").ToList();
        if (random.Next(6) == 0)
        {
            kept.Add($"\"extra{random.Next(100)}\":{Any(random, 2)}");
        }

        return "{" + string.Join(",", kept) + "}";
    }

    private static string Str(Random random) => random.Next(5) == 0 ? Any(random, 1) : $"\"{Strings[random.Next(Strings.Length)]}\"";

    private static string Num(Random random) => random.Next(5) == 0 ? Any(random, 1) : Numbers[random.Next(Numbers.Length)];

    /// <summary>Any JSON value, nested up to <paramref name="depth"/>.</summary>
    private static string Any(Random random, int depth) => random.Next(depth > 0 ? 7 : 5) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 => Numbers[random.Next(Numbers.Length)],
        3 or 4 => $"\"{Strings[random.Next(Strings.Length)]}\"",
        5 => $"[{string.Join(",", Enumerable.Range(0, random.Next(3)).Select(_ => Any(random, depth - 1)))}]",
        _ => "{" + string.Join(",", Enumerable.Range(0, random.Next(3)).Select(i => $"\"k{i}\":{Any(random, depth - 1)}")) + "}",
    };

    /// <summary>The text unchanged most of the time, else truncated, deeply nested, doubled or replaced by another value.</summary>
    private static string Mutate(Random random, string json) => random.Next(10) switch
    {
        0 => json[..random.Next(json.Length + 1)],
        1 => new string('[', 200) + json + new string(']', 200),
        2 => Any(random, 3),
        3 => json + json,
        _ => json,
    };
}
