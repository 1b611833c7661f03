namespace Assistant.Review.Alerts;

/// <summary>A high-risk item just assigned to a spokesperson.</summary>
/// <param name="ItemId">Item id.</param>
/// <param name="Login">The spokesperson's login.</param>
/// <param name="TelegramChat">Their Telegram chat id.</param>
/// <param name="Risk">The item's risk.</param>
/// <param name="Province">The item's province slug.</param>
/// <param name="Message">The Vietnamese alert text.</param>
public sealed record ReviewAlert(long ItemId, string Login, string TelegramChat, double Risk, string? Province, string Message);
