namespace Assistant.Review.Accounts;

/// <summary>A dashboard account (created with <c>user add</c>).</summary>
/// <param name="Login">Login name (case-insensitive).</param>
/// <param name="Role"><c>spokesperson</c> or <c>admin</c>.</param>
/// <param name="Province">Province slug a spokesperson answers for.</param>
/// <param name="Agency">Agency, e.g. "Sở GD&amp;ĐT Cần Thơ".</param>
/// <param name="TelegramChat">Telegram chat id for alerts.</param>
/// <param name="Disabled">True when the account may no longer log in.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record ReviewAccount(
    string Login,
    string Role,
    string? Province,
    string? Agency,
    string? TelegramChat,
    bool Disabled,
    DateTimeOffset CreatedAt);
