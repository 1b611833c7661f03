using Assistant.Channels.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Channels.Tests.Telegram;

public sealed class TelegramNotifierTests
{
    [Fact]
    public async Task TryQueue_NumericChat_SendsTheEscapedTextToThatChat()
    {
        await using var scenario = await TelegramScenario.StartAsync();
        var notifier = scenario.Host.Services.GetRequiredService<TelegramNotifier>();

        Assert.True(notifier.TryQueue("5551234", "Mục #7 <rủi ro cao> & cần xem"));

        var sent = Assert.Single(await scenario.Telegram.Calls.WaitForAsync("sendMessage", 1));
        Assert.Equal(5551234, (long)sent.Body["chat_id"]!);
        Assert.Equal("Mục #7 &lt;rủi ro cao&gt; &amp; cần xem", (string?)sent.Body["text"]);
        Assert.Equal("html", ((string?)sent.Body["parse_mode"])?.ToLowerInvariant());
    }

    [Theory]
    [InlineData("")]
    [InlineData("không phải số")]
    [InlineData("@")]
    [InlineData("0")]
    public async Task TryQueue_ChatIdTelegramWouldRefuse_ReturnsFalseAndSendsNothing(string chat)
    {
        await using var scenario = await TelegramScenario.StartAsync();
        var notifier = scenario.Host.Services.GetRequiredService<TelegramNotifier>();

        Assert.False(notifier.TryQueue(chat, "Cảnh báo"));
        Assert.True(notifier.TryQueue("@kenh_phat_ngon", "Cảnh báo kênh"));

        var sent = Assert.Single(await scenario.Telegram.Calls.WaitForAsync("sendMessage", 1));
        Assert.Equal("@kenh_phat_ngon", (string?)sent.Body["chat_id"]);
    }

    [Fact]
    public async Task Notices_FirstRefusedByTelegram_LaterOnesStillSent()
    {
        await using var scenario = await TelegramScenario.StartAsync();
        scenario.Telegram.FailNextWith("sendMessage", 400, "Bad Request: chat not found");
        var notifier = scenario.Host.Services.GetRequiredService<TelegramNotifier>();

        Assert.True(notifier.TryQueue("111", "thứ nhất"));
        Assert.True(notifier.TryQueue("222", "thứ hai"));

        var calls = await scenario.Telegram.Calls.WaitForAsync("sendMessage", 2);
        Assert.Equal(["thứ nhất", "thứ hai"], calls.Select(c => (string?)c.Body["text"]));
        Assert.Equal(222, (long)calls[1].Body["chat_id"]!);
    }

    [Fact]
    public async Task Notice_TooManyRequests_IsRetriedAfterTheWaitTelegramAsks()
    {
        await using var scenario = await TelegramScenario.StartAsync();
        scenario.Telegram.FailNextWithTooManyRequests("sendMessage", 1);
        var notifier = scenario.Host.Services.GetRequiredService<TelegramNotifier>();

        Assert.True(notifier.TryQueue("333", "cảnh báo"));

        var calls = await scenario.Telegram.Calls.WaitForAsync("sendMessage", 2);
        Assert.All(calls, c => Assert.Equal("cảnh báo", (string?)c.Body["text"]));
    }
}
