namespace Assistant.Review.Storage;

/// <summary>An update was based on a version of the item that is no longer the stored one.</summary>
public sealed class ReviewConflictException(long id, long expectedVersion)
    : Exception($"Review item {id} is no longer at version {expectedVersion}.")
{
    /// <summary>The item id.</summary>
    public long Id { get; } = id;
}
