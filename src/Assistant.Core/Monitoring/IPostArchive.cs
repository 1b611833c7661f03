namespace Assistant.Core.Monitoring;

/// <summary>Every post the monitor took in, flagged or not, for spokespersons to see and search (the intake's store behind a port).</summary>
public interface IPostArchive
{
    /// <summary>The posts matching the search, newest first.</summary>
    Task<IReadOnlyList<ArchivedPost>> SearchAsync(PostSearch search, CancellationToken cancellationToken = default);

    /// <summary>One post by its store id, or null.</summary>
    Task<ArchivedPost?> FindAsync(long id, CancellationToken cancellationToken = default);
}
