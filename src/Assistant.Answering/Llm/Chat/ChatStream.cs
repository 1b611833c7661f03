using Microsoft.SemanticKernel;

namespace Assistant.Answering.Llm.Chat;

/// <summary>A streamed model reply that has produced its first text: the rest is read with <see cref="NextAsync"/>.</summary>
internal sealed class ChatStream : IAsyncDisposable
{
    private readonly IAsyncEnumerator<StreamingChatMessageContent> enumerator;
    private readonly CancellationTokenSource cancellation;

    private ChatStream(IAsyncEnumerator<StreamingChatMessageContent> enumerator, CancellationTokenSource cancellation, string? first)
    {
        this.enumerator = enumerator;
        this.cancellation = cancellation;
        First = first;
    }

    /// <summary>The first piece of text, or null when the reply was empty.</summary>
    public string? First { get; }

    /// <summary>
    /// Sends the request and waits for the first text. <paramref name="attemptToken"/> (the per-call timeout) may
    /// cancel only this opening; the rest of the stream runs under <paramref name="streamToken"/> (the budget).
    /// </summary>
    public static async ValueTask<ChatStream> OpenAsync(
        Func<CancellationToken, IAsyncEnumerable<StreamingChatMessageContent>> reply,
        CancellationToken streamToken,
        CancellationToken attemptToken)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(streamToken);
        var enumerator = reply(cancellation.Token).GetAsyncEnumerator(cancellation.Token);
        try
        {
            string? first;
            using (attemptToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), cancellation))
            {
                first = await NextTextAsync(enumerator).ConfigureAwait(false);
            }

            attemptToken.ThrowIfCancellationRequested();
            return new ChatStream(enumerator, cancellation, first);
        }
        catch
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
            cancellation.Dispose();
            throw;
        }
    }

    /// <summary>The next piece of text, or null at the end of the reply.</summary>
    public ValueTask<string?> NextAsync() => NextTextAsync(enumerator);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await enumerator.DisposeAsync().ConfigureAwait(false);
        cancellation.Dispose();
    }

    private static async ValueTask<string?> NextTextAsync(IAsyncEnumerator<StreamingChatMessageContent> enumerator)
    {
        while (await enumerator.MoveNextAsync().ConfigureAwait(false))
        {
            if (!string.IsNullOrEmpty(enumerator.Current.Content))
            {
                return enumerator.Current.Content;
            }
        }

        return null;
    }
}
