using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;

namespace Assistant.Review.Accounts;

/// <summary>Creates accounts and checks passwords (ASP.NET Core Identity's PBKDF2 hasher; the plain password is never stored).</summary>
public sealed partial class AccountService(IAccountStore store, TimeProvider time)
{
    private readonly PasswordHasher<ReviewAccount> hasher = new();

    /// <summary>A hash checked when the login is unknown or disabled, so that path costs as much as a wrong password.</summary>
    private readonly Lazy<(ReviewAccount Account, string Hash)> decoy = new(() =>
    {
        var account = new ReviewAccount("", ReviewRoles.Spokesperson, null, null, null, true, DateTimeOffset.UnixEpoch);
        return (account, new PasswordHasher<ReviewAccount>().HashPassword(account, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));
    });

    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>Creates an account; returns a Vietnamese error, or null on success.</summary>
    public async Task<string?> AddAsync(string login, string password, string role, string? province, string? agency, string? telegramChat, CancellationToken cancellationToken = default)
    {
        login = login.Trim();
        if (login.Length is 0 or > 64 || login.Any(char.IsWhiteSpace))
        {
            return "Tên đăng nhập phải có 1–64 ký tự và không chứa khoảng trắng.";
        }

        if (!ReviewRoles.IsValid(role))
        {
            return "Vai trò phải là spokesperson hoặc admin.";
        }

        if (role == ReviewRoles.Spokesperson && string.IsNullOrWhiteSpace(province))
        {
            return "Tài khoản người phát ngôn cần --province (mã tỉnh, ví dụ can-tho).";
        }

        if (!string.IsNullOrWhiteSpace(telegramChat) && !TelegramChat().IsMatch(telegramChat.Trim()))
        {
            return "Mã Telegram (--telegram-chat) phải là số chat id (ví dụ 123456789) hoặc tên kênh dạng @ten_kenh.";
        }

        if (password.Length < MinPasswordLength)
        {
            return $"Mật khẩu phải có ít nhất {MinPasswordLength} ký tự.";
        }

        var account = new ReviewAccount(login, role, Blank(province), Blank(agency), Blank(telegramChat), false, time.GetUtcNow());
        var added = await store.AddAsync(account, hasher.HashPassword(account, password), cancellationToken);
        return added ? null : $"Tài khoản \"{login}\" đã tồn tại.";
    }

    /// <summary>The enabled account whose password matches, or null; an unknown or disabled login checks a decoy hash, taking as long.</summary>
    public async Task<ReviewAccount?> VerifyAsync(string login, string password, CancellationToken cancellationToken = default)
    {
        var found = await store.FindAsync(login.Trim(), cancellationToken);
        if (found is not { } entry || entry.Account.Disabled)
        {
            hasher.VerifyHashedPassword(decoy.Value.Account, decoy.Value.Hash, password);
            return null;
        }

        var result = hasher.VerifyHashedPassword(entry.Account, entry.PasswordHash, password);
        return result == PasswordVerificationResult.Failed ? null : entry.Account;
    }

    /// <summary>The enabled account with this login, or null.</summary>
    public async Task<ReviewAccount?> FindEnabledAsync(string login, CancellationToken cancellationToken = default)
    {
        var found = await store.FindAsync(login, cancellationToken);
        return found is { } entry && !entry.Account.Disabled ? entry.Account : null;
    }

    [GeneratedRegex(@"^(-?[1-9][0-9]{0,19}|@[A-Za-z0-9_]{4,32})$")]
    private static partial Regex TelegramChat();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
