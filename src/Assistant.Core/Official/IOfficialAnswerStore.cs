namespace Assistant.Core.Official;

/// <summary>
/// Where official answers live (port; SQLite by default). Every change is one transaction with its audit row; the audit
/// is append-only.
/// </summary>
public interface IOfficialAnswerStore
{
    /// <summary>Stores a draft written by <paramref name="actor"/>.</summary>
    Task<OfficialAnswer> CreateAsync(OfficialAnswerDraft draft, string actor, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The answer, or null.</summary>
    Task<OfficialAnswer?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>All answers, newest first.</summary>
    Task<IReadOnlyList<OfficialAnswer>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Moves the answer to <paramref name="state"/> when its stored version is <paramref name="version"/>; publishing sets
    /// its publication time and publisher. Null when there is no such answer.
    /// </summary>
    /// <exception cref="OfficialAnswerConflictException">The version is stale.</exception>
    Task<OfficialAnswer?> SetStateAsync(long id, long version, string state, string actor, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The history of one answer, oldest first.</summary>
    Task<IReadOnlyList<OfficialAnswerAudit>> HistoryAsync(long id, CancellationToken cancellationToken);

    /// <summary>A number that changes whenever any answer changes (so a node's cache of published answers knows to reload).</summary>
    Task<long> ChangeStampAsync(CancellationToken cancellationToken);
}
