using System.ComponentModel.DataAnnotations;

namespace Assistant.Core.Storage;

/// <summary>
/// Which engine holds every store (<c>Storage</c> section): SQLite files in <c>Data:Directory</c> for one node (the
/// default), or one PostgreSQL database shared by several nodes.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary><see cref="StorageProvider.Sqlite"/> (default) or <see cref="StorageProvider.Postgres"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The Npgsql connection string; required with <see cref="StorageProvider.Postgres"/>, unused with SQLite.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Seconds between a follower's tries to take a singleton job's leadership (how fast a dead leader is replaced).</summary>
    [Range(1, 3600)]
    public int LeaderRetrySeconds { get; set; } = 15;

    /// <summary>Seconds between checks that a held leadership's database session is still alive.</summary>
    [Range(1, 3600)]
    public int LeaderCheckSeconds { get; set; } = 10;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult($"Storage:Provider must be Sqlite or Postgres, not {Provider}.", [nameof(Provider)]);
        }

        if (Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("Storage:ConnectionString is required when Storage:Provider is Postgres.", [nameof(ConnectionString)]);
        }
    }
}
