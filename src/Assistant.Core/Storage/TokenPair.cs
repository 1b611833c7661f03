namespace Assistant.Core.Storage;

/// <summary>An access token and the single-use refresh token that replaces it.</summary>
/// <param name="AccessToken">The token sent with each call.</param>
/// <param name="RefreshToken">The single-use token that obtains the next pair.</param>
/// <param name="ExpiresAt">When the access token expires, if known.</param>
public sealed record TokenPair(string AccessToken, string RefreshToken, DateTimeOffset? ExpiresAt);
