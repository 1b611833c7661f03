using System.Net;

namespace Assistant.Channels.Tests.Telegram;

public sealed class TelegramPollingTests
{
    [Fact]
    public async Task Polling_UpdateFromGetUpdates_IsAnsweredAndConfirmed()
    {
        await using var scenario = await TelegramScenario.StartAsync(mode: "Polling");
        scenario.Telegram.QueueUpdate(TelegramUpdates.Load("private_text", 2001));

        var sent = Assert.Single(await scenario.Telegram.Calls.WaitForAsync("sendMessage", 1));
        Assert.Equal(5123456789, (long)sent.Body["chat_id"]!);
        Assert.NotEmpty(scenario.Telegram.Calls.Of("deleteWebhook"));
        // The next getUpdates confirms the batch by asking from the following update id.
        var polls = await scenario.Telegram.Calls.WaitForAsync("getUpdates", 3);
        Assert.Contains(polls, p => (long?)p.Body["offset"] == 2002);
        Assert.Single(scenario.Conversations.Asked);
    }

    [Fact]
    public async Task Polling_DeleteWebhookRefused_PollsAndAnswersAnyway()
    {
        await using var telegram = await Fakes.FakeTelegramServer.StartAsync();
        telegram.FailNextWith("deleteWebhook", 401, "Unauthorized");
        await using var scenario = await TelegramScenario.StartAsync(mode: "Polling", server: telegram);
        telegram.QueueUpdate(TelegramUpdates.Load("private_text", 2003));

        Assert.Single(await telegram.Calls.WaitForAsync("sendMessage", 1));
        Assert.Single(telegram.Calls.Of("deleteWebhook"));
    }

    [Fact]
    public async Task Polling_WebhookEndpoint_IsNotMapped()
    {
        await using var scenario = await TelegramScenario.StartAsync(mode: "Polling");

        var response = await scenario.DeliverAsync(TelegramUpdates.Load("private_text", 2002));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
