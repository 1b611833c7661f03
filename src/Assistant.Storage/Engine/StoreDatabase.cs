using System.Data.Common;

namespace Assistant.Storage.Engine;

/// <summary>
/// One database behind the stores, whatever the engine: opens migrated connections and says how the engine stores a
/// time and claims rows. The stores' SQL is otherwise standard and shared by SQLite and PostgreSQL.
/// </summary>
public abstract class StoreDatabase
{
    /// <summary>What the engine appends to a SELECT whose rows are claimed (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>).</summary>
    public abstract string ClaimSuffix { get; }

    /// <summary>An open connection, the schema migrated on first use.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>The parameter value of a time.</summary>
    public abstract object Time(DateTimeOffset time);

    /// <summary>Reads a stored time.</summary>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Reads a stored time that may be null.</summary>
    public DateTimeOffset? ReadOptionalTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);

    /// <summary>The parameter value of a time that may be null.</summary>
    public object OptionalTime(DateTimeOffset? time) => time is { } value ? Time(value) : DBNull.Value;
}
