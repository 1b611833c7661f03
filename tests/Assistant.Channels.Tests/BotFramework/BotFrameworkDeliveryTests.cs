using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Net;
using Assistant.Channels.Tests.Fakes;

namespace Assistant.Channels.Tests.BotFramework;

public sealed class BotFrameworkDeliveryTests
{
    [Fact]
    public async Task Reply_429ThenServerError_RetriedAfterRetryAfterAndDelivered()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();
        scenario.Connector.FailNextMessageWith(429, retryAfter: 1);
        scenario.Connector.FailNextMessageWith(503);

        await scenario.DeliverAsync(scenario.Message("retry-1"));

        Assert.Single(await scenario.Connector.Calls.WaitForAsync("message", 1));
        var attempts = scenario.Connector.Calls.Of(FakeBotConnector.Attempt);
        Assert.Equal(3, attempts.Count);
        var waited = DateTimeOffset.Parse(attempts[1].Headers["at"]) - DateTimeOffset.Parse(attempts[0].Headers["at"]);
        Assert.True(waited >= TimeSpan.FromMilliseconds(950), $"waited {waited}");
    }

    [Theory]
    [InlineData(500, null, "MaxRetries", "2", 3)] // 5xx every time: the first attempt and two retries
    [InlineData(429, 3600, "MaxRetryAfterSeconds", "5", 1)] // asked to wait longer than allowed: given up at once
    [InlineData(403, null, "MaxRetries", "3", 1)] // refused for good: not retried
    public async Task Reply_FailingBeyondBudget_GivenUpAndTheNextQuestionAnswered(int status, int? retryAfter, string setting, string value, int attempts)
    {
        await using var scenario = await BotFrameworkScenario.StartAsync(s => s["Channels:BotFramework:" + setting] = value);
        for (var i = 0; i < attempts; i++)
        {
            scenario.Connector.FailNextMessageWith(status, retryAfter);
        }

        await scenario.DeliverAsync(scenario.Message("budget-1"));
        await scenario.Connector.Calls.WaitForAsync(FakeBotConnector.Attempt, attempts);
        await scenario.DeliverAsync(scenario.Message("budget-2", text: "Câu tiếp?"));

        // The next reply goes through and was the only extra attempt, so the first message was given up as expected.
        var reply = Assert.Single(await scenario.Connector.Calls.WaitForAsync("message", 1));
        Assert.Equal("budget-2", (string?)reply.Body["replyToId"]);
        Assert.Equal(attempts + 1, scenario.Connector.Calls.Of(FakeBotConnector.Attempt).Count);
    }

    [Fact]
    public async Task Reply_LongAnswerOnMessenger_SplitInto2000CharacterPlainTextParts()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();
        scenario.Conversations.AnswerText = LongAnswer();

        await scenario.DeliverAsync(scenario.Message("long-fb", channelId: "facebook"));
        await scenario.DeliverAsync(scenario.Message("after-fb", channelId: "facebook", text: "Tiếp?"));

        // Both answers are long: two parts each.
        var replies = await scenario.Connector.Calls.WaitForAsync("message", 4);
        var parts = replies.Where(r => (string?)r.Body["replyToId"] == "long-fb").Select(r => (string)r.Body["text"]!).ToList();
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.InRange(p.Length, 1000, 2000));
        Assert.All(replies, r => Assert.Equal("plain", (string?)r.Body["textFormat"]));
        Assert.Equal(scenario.Conversations.AnswerText + "\n\nNguồn:\n1. Nghị quyết 71-NQ/TW – Mục II.1", string.Join(" ", parts));
    }

    [Fact]
    public async Task Reply_LongAnswerOnTeams_OneMarkdownMessage()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();
        scenario.Conversations.AnswerText = LongAnswer();

        await scenario.DeliverAsync(scenario.Message("long-teams", channelId: "msteams"));
        await scenario.DeliverAsync(scenario.Message("after-teams", channelId: "msteams", text: "Tiếp?"));

        var replies = await scenario.Connector.Calls.WaitForAsync("message", 2);
        Assert.Equal(["after-teams", "long-teams"], replies.Select(r => (string?)r.Body["replyToId"]).Order());
        Assert.All(replies, r => Assert.True(((string)r.Body["text"]!).Length > 3000));
        Assert.All(replies, r => Assert.Equal("markdown", (string?)r.Body["textFormat"]));
    }

    [Fact]
    public async Task Reply_TokenRefused_NewTokenOnceAndDelivered()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();
        scenario.Login.TokenLifetimeSeconds = 3600;
        await scenario.DeliverAsync(scenario.Message("tok-1"));
        await scenario.Connector.Calls.WaitForAsync("message", 1);

        scenario.Login.Revoke("bot-token-1");
        await scenario.DeliverAsync(scenario.Message("tok-2"));

        var replies = await scenario.Connector.Calls.WaitForAsync("message", 2);
        Assert.Equal("Bearer bot-token-2", replies[1].Headers["Authorization"]);
        Assert.Equal(2, scenario.Login.Calls.Of(FakeBotFrameworkLogin.TokenCall).Count);
    }

    [Fact]
    public async Task Reply_SlowAnswer_TypingIndicatorRepeatedUntilTheAnswer()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();
        scenario.Conversations.Delay = TimeSpan.FromSeconds(1);

        await scenario.DeliverAsync(scenario.Message("slow-1"));

        var reply = Assert.Single(await scenario.Connector.Calls.WaitForAsync("message", 1));
        var typing = scenario.Connector.Calls.Of("typing");
        Assert.InRange(typing.Count, 3, 8);
        Assert.All(typing, t => Assert.Equal("slow-1", t.Headers["activityId"]));
        Assert.All(typing, t => Assert.True(DateTimeOffset.Parse(t.Headers["at"]) <= DateTimeOffset.Parse(reply.Headers["at"])));
    }

    [Fact]
    public async Task Reply_CertificateCredential_TokenObtainedWithClientAssertion()
    {
        using var certificate = SelfSigned("CN=hoi-dap-nq71");
        await using var scenario = await StartWithCertificateAsync(certificate, registered: certificate);

        await scenario.DeliverAsync(scenario.Message("cert-1"));

        Assert.Single(await scenario.Connector.Calls.WaitForAsync("message", 1));
        var request = Assert.Single(scenario.Login.Calls.Of(FakeBotFrameworkLogin.TokenCall));
        Assert.Null(request.Body["client_secret"]);
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", (string?)request.Body["client_assertion_type"]);
    }

    [Fact]
    public async Task Reply_CertificateNotRegistered_TokenRefusedAndNothingSent()
    {
        using var certificate = SelfSigned("CN=hoi-dap-nq71");
        using var registered = SelfSigned("CN=chung-thu-khac");
        await using var scenario = await StartWithCertificateAsync(certificate, registered);

        await scenario.DeliverAsync(scenario.Message("cert-2"));

        // One token request for the typing indicator, one for the reply; both refused, so nothing reaches the connector.
        await scenario.Login.Calls.WaitForAsync(FakeBotFrameworkLogin.TokenCall, 2);
        Assert.Single(scenario.Conversations.Asked);
        Assert.Empty(scenario.Connector.Calls.Of(FakeBotConnector.Attempt));
    }

    private static async Task<BotFrameworkScenario> StartWithCertificateAsync(X509Certificate2 certificate, X509Certificate2 registered)
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"bot-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "mat-khau-pfx"));
        var scenario = await BotFrameworkScenario.StartAsync(s =>
        {
            s["Channels:BotFramework:AppPassword"] = "";
            s["Channels:BotFramework:CertificatePath"] = pfx;
            s["Channels:BotFramework:CertificatePassword"] = "mat-khau-pfx";
        });
        scenario.Login.ClientCertificate = X509CertificateLoader.LoadCertificate(registered.Export(X509ContentType.Cert));
        scenario.CleanUp(pfx);
        return scenario;
    }

    private static X509Certificate2 SelfSigned(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static string LongAnswer() =>
        string.Join(" ", Enumerable.Range(1, 40).Select(i => $"Câu thứ {i} của câu trả lời dài nói về chính sách giáo dục theo Nghị quyết 71."));
}
