namespace Assistant.Review.Accounts;

/// <summary>Where dashboard accounts and their password hashes are kept.</summary>
public interface IAccountStore
{
    /// <summary>Adds an account with an already hashed password; false when the login exists.</summary>
    Task<bool> AddAsync(ReviewAccount account, string passwordHash, CancellationToken cancellationToken = default);

    /// <summary>All accounts, by login.</summary>
    Task<IReadOnlyList<ReviewAccount>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The account and its password hash, or null.</summary>
    Task<(ReviewAccount Account, string PasswordHash)?> FindAsync(string login, CancellationToken cancellationToken = default);

    /// <summary>Disables an account; false when it does not exist.</summary>
    Task<bool> DisableAsync(string login, CancellationToken cancellationToken = default);
}
