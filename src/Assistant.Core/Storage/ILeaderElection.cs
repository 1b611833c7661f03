namespace Assistant.Core.Storage;

/// <summary>
/// Chooses the one node that runs a singleton job (pollers, sweepers): whoever holds the named leadership. A node that
/// dies loses it (its database session ends), and another node's next try takes it over.
/// </summary>
public interface ILeaderElection
{
    /// <summary>The leadership named <paramref name="name"/> when it is free, or null when another node holds it.</summary>
    Task<ILeadership?> TryAcquireAsync(string name, CancellationToken cancellationToken);
}
