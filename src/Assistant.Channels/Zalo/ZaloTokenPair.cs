namespace Assistant.Channels.Zalo;

/// <summary>An OA access token and the refresh token that replaces it.</summary>
/// <param name="AccessToken">The token sent as the <c>access_token</c> header.</param>
/// <param name="RefreshToken">The single-use token that obtains the next pair.</param>
/// <param name="ExpiresAt">When the access token expires, if known.</param>
public sealed record ZaloTokenPair(string AccessToken, string RefreshToken, DateTimeOffset? ExpiresAt);
