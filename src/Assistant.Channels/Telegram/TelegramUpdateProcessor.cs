using System.Globalization;
using Assistant.Channels.Delivery;
using Assistant.Core.Conversations;
using Assistant.Core.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Assistant.Channels.Telegram;

/// <summary>
/// Handles one queued update: a channel post goes to the misinformation monitor (when one is registered); a message
/// is answered through <see cref="IConversationService"/> — in groups only when the bot is mentioned or replied to.
/// </summary>
internal sealed class TelegramUpdateProcessor(
    TelegramSender sender,
    TelegramBotIdentity identity,
    IConversationService conversations,
    IServiceProvider services,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramUpdateProcessor> logger)
{
    /// <summary>Channel name in conversation keys and monitored posts.</summary>
    public const string ChannelName = "telegram";

    private readonly ChannelAnswerer _answerer = new(conversations, options.Value.PerChatPerMinute, ChannelNotices.Informal, time, logger);

    /// <summary>Handles <paramref name="update"/>; errors are logged, never thrown.</summary>
    public async Task ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            if (update.ChannelPost is { } post)
            {
                await ForwardChannelPostAsync(post, cancellationToken);
            }
            else if (update.Message is { } message)
            {
                await AnswerAsync(message, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Telegram update {UpdateId} could not be handled", update.Id);
        }
    }

    private async Task ForwardChannelPostAsync(Message post, CancellationToken cancellationToken)
    {
        var text = post.Text ?? post.Caption;
        var intake = services.GetService<IPostIntake>();
        if (intake is null || string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var externalId = string.Create(CultureInfo.InvariantCulture, $"{post.Chat.Id}:{post.Id}");
        var url = post.Chat.Username is { Length: > 0 } channel ? $"https://t.me/{channel}/{post.Id}" : null;
        await intake.ReceiveAsync(
            [new Post(ChannelName, externalId, text) { Url = url, Author = post.Chat.Title, PublishedAt = post.Date }],
            cancellationToken);
    }

    private async Task AnswerAsync(Message message, CancellationToken cancellationToken)
    {
        var isGroup = message.Chat.Type is ChatType.Group or ChatType.Supergroup;
        var me = await identity.GetAsync(cancellationToken);
        var text = message.Text;
        if (isGroup)
        {
            var mention = "@" + me.Username;
            var mentioned = me.Username is { Length: > 0 } && text?.Contains(mention, StringComparison.OrdinalIgnoreCase) == true;
            var repliedTo = message.ReplyToMessage?.From?.Id == me.Id;
            if (!mentioned && !repliedTo)
            {
                return;
            }

            text = mentioned ? text!.Replace(mention, " ", StringComparison.OrdinalIgnoreCase).Trim() : text;
        }

        var replyTo = isGroup ? message.Id : (int?)null;
        if (message.Type != MessageType.Text || string.IsNullOrWhiteSpace(text))
        {
            await sender.SendHtmlAsync(message.Chat.Id, TelegramHtml.Escape(ChannelNotices.Informal.TextOnly), replyTo, cancellationToken);
            return;
        }

        if (IsCommand(text, "/start") || IsCommand(text, "/help"))
        {
            await sender.SendHtmlAsync(message.Chat.Id, TelegramTexts.Welcome, replyTo, cancellationToken);
            return;
        }

        var chat = message.Chat.Id.ToString(CultureInfo.InvariantCulture);

        // In a group each member keeps their own conversation, so follow-ups are not mixed up.
        var subject = isGroup && message.From is { } from ? string.Create(CultureInfo.InvariantCulture, $"{chat}:{from.Id}") : chat;
        var reply = await _answerer.ReplyAsync(chat, new ConversationKey(ChannelName, subject), text, AnswerText.Render, cancellationToken);

        // The limit counts characters after entity parsing, so split the plain text, then escape each part.
        foreach (var part in MessageSplitter.Split(reply, TelegramSender.MaxMessageLength))
        {
            await sender.SendHtmlAsync(message.Chat.Id, TelegramHtml.Escape(part), replyTo, cancellationToken);
        }
    }

    private static bool IsCommand(string text, string command)
    {
        var first = text.Split(' ', 2)[0];
        var at = first.IndexOf('@');
        return string.Equals(at < 0 ? first : first[..at], command, StringComparison.OrdinalIgnoreCase);
    }
}
