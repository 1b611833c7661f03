using System.CommandLine;
using Assistant.Channels.Telegram;
using Assistant.Cli.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Exceptions;

namespace Assistant.Cli.Commands;

/// <summary><c>telegram set-webhook --url URL</c>: registers the bot's webhook with Telegram, with the configured secret.</summary>
public static class TelegramCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var url = new Option<string>("--url")
        {
            Description = "Public HTTPS address of the webhook, e.g. https://example.gov.vn/webhooks/telegram",
            Required = true,
        };
        var setWebhook = new Command("set-webhook", "Register the webhook (setWebhook with Channels:Telegram:SecretToken)") { url };
        setWebhook.SetAction((parse, cancellationToken) => SetWebhookAsync(parse.GetValue(url)!, cancellationToken));
        return new Command("telegram", "Telegram bot administration") { setWebhook };
    }

    private static async Task<int> SetWebhookAsync(string address, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            Console.Error.WriteLine("Lỗi: --url phải là địa chỉ HTTPS đầy đủ, ví dụ https://ten-mien.gov.vn/webhooks/telegram.");
            return 2;
        }

        await using var services = CliServices.Build();
        var settings = services.GetRequiredService<IConfiguration>().GetSection(TelegramOptions.SectionName).Get<TelegramOptions>()
            ?? new TelegramOptions();
        using var http = new HttpClient();
        try
        {
            await TelegramWebhookRegistration.SetAsync(settings, url, http, cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            Console.Error.WriteLine($"Lỗi cấu hình: {exception.Message}");
            return 2;
        }
        catch (RequestException exception)
        {
            Console.Error.WriteLine($"Lỗi: Telegram từ chối đăng ký webhook ({exception.Message}).");
            return 1;
        }

        Console.WriteLine($"Webhook registered: {url}");
        return 0;
    }
}
