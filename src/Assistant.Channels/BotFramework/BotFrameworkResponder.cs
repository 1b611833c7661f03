using System.Text.RegularExpressions;
using Assistant.Channels.Delivery;
using Assistant.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.BotFramework;

/// <summary>
/// Handles one queued activity: greets when the bot joins a conversation; answers a message through
/// <see cref="IConversationService"/> (key <c>botframework</c> + <c>channelId:conversationId</c>), with the typing
/// indicator shown while the answer is prepared, split and formatted as the channel allows.
/// </summary>
internal sealed partial class BotFrameworkResponder
{
    /// <summary>Channel name in conversation keys.</summary>
    public const string ChannelName = "botframework";

    private readonly BotConnectorClient _connector;
    private readonly ChannelAnswerer _answerer;
    private readonly BotFrameworkOptions _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<BotFrameworkResponder> _logger;

    public BotFrameworkResponder(
        BotConnectorClient connector,
        IConversationService conversations,
        IOptions<BotFrameworkOptions> options,
        TimeProvider time,
        ILogger<BotFrameworkResponder> logger)
    {
        _connector = connector;
        _settings = options.Value;
        _time = time;
        _logger = logger;
        _answerer = new ChannelAnswerer(conversations, _settings.PerConversationPerMinute, ChannelNotices.Informal, time, logger);
    }

    /// <summary>Handles <paramref name="activity"/>; errors are logged, never thrown.</summary>
    public async Task ProcessAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        try
        {
            var profile = _settings.ProfileFor(activity.ChannelId!);
            var reply = activity.Type == BotActivity.ConversationUpdateType
                ? BotFrameworkTexts.Welcome
                : await AnswerAsync(activity, profile, cancellationToken);
            foreach (var part in MessageSplitter.Split(reply, profile.MaxMessageLength))
            {
                if (!await _connector.ReplyAsync(activity, BotReplies.Message(activity, part, profile.Markdown), cancellationToken))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Bot Framework activity from channel {ChannelId} could not be handled", activity.ChannelId);
        }
    }

    private async Task<string> AnswerAsync(BotActivity activity, BotFrameworkChannelProfile profile, CancellationToken cancellationToken)
    {
        var question = Mention().Replace(activity.Text ?? "", " ").Trim();
        if (question.Length == 0)
        {
            return ChannelNotices.Informal.TextOnly;
        }

        var subject = $"{activity.ChannelId}:{activity.Conversation!.Id}";
        await _connector.SendTypingAsync(activity, cancellationToken);
        using var typing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var indicator = ShowTypingAsync(activity, typing.Token);
        try
        {
            return await _answerer.ReplyAsync(
                subject,
                new ConversationKey(ChannelName, subject),
                question,
                profile.Markdown ? AnswerText.RenderMarkdown : AnswerText.Render,
                cancellationToken);
        }
        finally
        {
            await typing.CancelAsync();
            await indicator;
        }
    }

    /// <summary>Repeats the typing indicator every <c>TypingIntervalSeconds</c> until cancelled (the first one is sent before).</summary>
    private async Task ShowTypingAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(_settings.TypingIntervalSeconds), _time, cancellationToken);
                await _connector.SendTypingAsync(activity, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The answer is ready.
        }
    }

    /// <summary>A Teams mention of the bot (<c>&lt;at&gt;Name&lt;/at&gt;</c>), which is not part of the question.</summary>
    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Mention();
}
