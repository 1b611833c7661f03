using System.Globalization;
using Assistant.Channels.Delivery;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Assistant.Channels.Telegram;

/// <summary>
/// Sends short notices the bot was not asked for (e.g. a review alert to a spokesperson) in the background: queued at
/// once, sent one after another through the bot's Polly pipeline (429 waits the <c>retry_after</c> Telegram asks for),
/// failures logged and never thrown to the caller. Registered only when the bot is active.
/// </summary>
public sealed partial class TelegramNotifier
{
    private readonly TelegramSender _sender;
    private readonly ILogger<TelegramNotifier> _logger;

    internal TelegramNotifier(TelegramSender sender, int capacity, ILogger<TelegramNotifier> logger)
    {
        _sender = sender;
        _logger = logger;
        Queue = new WorkQueue<TelegramNotice>(capacity);
    }

    /// <summary>The notices waiting to be sent.</summary>
    internal WorkQueue<TelegramNotice> Queue { get; }

    /// <summary>
    /// Queues <paramref name="text"/> (plain text) for <paramref name="chat"/> (a numeric chat id or <c>@channel</c>);
    /// false when the chat id is not one Telegram accepts or the queue is full.
    /// </summary>
    public bool TryQueue(string chat, string text)
    {
        if (!TryParseChat(chat, out var chatId))
        {
            LogBadChat();
            return false;
        }

        if (!Queue.TryEnqueue(new TelegramNotice(chatId, text)))
        {
            LogQueueFull();
            return false;
        }

        return true;
    }

    /// <summary>Sends one notice (split at Telegram's length limit); errors are logged, never thrown.</summary>
    internal async Task SendAsync(TelegramNotice notice, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var part in MessageSplitter.Split(notice.Text, TelegramSender.MaxMessageLength))
            {
                await _sender.SendHtmlAsync(notice.Chat, TelegramHtml.Escape(part), null, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            LogSendFailed(exception);
        }
    }

    private static bool TryParseChat(string chat, out ChatId chatId)
    {
        chat = chat.Trim();
        if (long.TryParse(chat, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) && id != 0)
        {
            chatId = new ChatId(id);
            return true;
        }

        if (chat.Length > 1 && chat[0] == '@' && chat.Skip(1).All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            chatId = new ChatId(chat);
            return true;
        }

        chatId = null!;
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram notice dropped: the chat id is neither a number nor an @channel name")]
    private partial void LogBadChat();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram notice dropped: the notice queue is full")]
    private partial void LogQueueFull();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram notice could not be sent")]
    private partial void LogSendFailed(Exception exception);
}
