using Telegram.Bot;
using Telegram.Bot.Types;

namespace Assistant.Channels.Telegram;

/// <summary>The bot's own account (id and username, from <c>getMe</c>), asked once and remembered.</summary>
internal sealed class TelegramBotIdentity(TelegramSender sender)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private User? _me;

    /// <summary>The bot's user.</summary>
    public async Task<User> GetAsync(CancellationToken cancellationToken)
    {
        if (_me is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _me ??= await sender.CallAsync((client, token) => client.GetMe(token), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
