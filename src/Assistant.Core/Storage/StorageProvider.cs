namespace Assistant.Core.Storage;

/// <summary>The engine behind the stores.</summary>
public enum StorageProvider
{
    /// <summary>SQLite files in the data folder: one node.</summary>
    Sqlite,

    /// <summary>One PostgreSQL database: any number of nodes.</summary>
    Postgres,
}
