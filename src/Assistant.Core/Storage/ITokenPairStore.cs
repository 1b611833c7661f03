namespace Assistant.Core.Storage;

/// <summary>
/// The current token pair of an outside account (the Zalo OA), shared by every node: a rotated refresh token is saved
/// before it is used, so a restart or another node never uses a burnt one.
/// </summary>
public interface ITokenPairStore
{
    /// <summary>The stored pair for <paramref name="name"/>; <paramref name="seed"/> is stored first when there is none.</summary>
    Task<TokenPair> GetOrAddAsync(string name, TokenPair seed, CancellationToken cancellationToken);

    /// <summary>Replaces the stored pair atomically.</summary>
    Task SaveAsync(string name, TokenPair pair, DateTimeOffset updatedAt, CancellationToken cancellationToken);
}
