namespace Assistant.Review.Insights;

/// <summary>Which information-gap topics staff marked handled (port; SQLite by default).</summary>
public interface ITopicMarkStore
{
    /// <summary>Marks <paramref name="topicKey"/> handled by <paramref name="actor"/> at <paramref name="at"/> (again: the later mark stands).</summary>
    Task MarkHandledAsync(string topicKey, string actor, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Every mark: topic key → when it was marked.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> HandledAsync(CancellationToken cancellationToken);
}
