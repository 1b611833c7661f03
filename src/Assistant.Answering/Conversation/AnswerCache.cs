using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Text;
using Assistant.Core.Retrieval;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Conversation;

/// <summary>
/// Recent answers by standalone question and index version: citizens ask the same questions again and again, and an
/// answer only changes when the index does. Bounded (<see cref="ChatOptions.AnswerCacheSize"/>, 0 turns it off) and
/// expiring (<see cref="ChatOptions.AnswerCacheMinutes"/>); a reload of the corpus changes the version and so the keys.
/// </summary>
public sealed partial class AnswerCache : IDisposable
{
    private readonly IReloadableIndex? index;
    private readonly ChatOptions options;
    private readonly MemoryCache? cache;

    /// <summary>Creates the cache, or a disabled one when the size is 0; without a reloadable index the version is always 1.</summary>
    public AnswerCache(IOptions<ChatOptions> options, IReloadableIndex? index = null)
    {
        this.index = index;
        this.options = options.Value;
        cache = this.options.AnswerCacheSize > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = this.options.AnswerCacheSize }) : null;
    }

    /// <summary>The cached answer to <paramref name="question"/> for the serving index, or null.</summary>
    public Answer? Find(string question) => cache?.Get<Answer>(Key(question));

    /// <summary>Keeps <paramref name="answer"/> for <paramref name="question"/>.</summary>
    public void Store(string question, Answer answer) =>
        cache?.Set(Key(question), answer with { Id = null }, new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(options.AnswerCacheMinutes),
        });

    /// <inheritdoc />
    public void Dispose() => cache?.Dispose();

    private string Key(string question) =>
        $"{index?.Version ?? 1}\n{Spaces().Replace(VietnameseText.Normalize(question).Trim().ToLowerInvariant(), " ")}";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
