namespace Assistant.Monitoring.Feeds;

/// <summary>
/// When each feed is next due: every feed at the start, then each <see cref="FeedSource.Interval"/> after its poll
/// began. Pure bookkeeping over the times it is given, so it is tested without clocks or timers.
/// </summary>
public sealed class FeedSchedule
{
    private readonly FeedSource[] sources;
    private readonly DateTimeOffset[] due;

    /// <summary>Schedules every feed for <paramref name="start"/>.</summary>
    public FeedSchedule(IEnumerable<FeedSource> sources, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(sources);
        this.sources = sources.ToArray();
        due = Enumerable.Repeat(start, this.sources.Length).ToArray();
    }

    /// <summary>The earliest time a feed is due (<see cref="DateTimeOffset.MaxValue"/> when there is no feed).</summary>
    public DateTimeOffset NextDue => due.Length == 0 ? DateTimeOffset.MaxValue : due.Min();

    /// <summary>The feeds due at <paramref name="now"/>, each rescheduled one interval after <paramref name="now"/>.</summary>
    public IReadOnlyList<FeedSource> TakeDue(DateTimeOffset now)
    {
        var taken = new List<FeedSource>();
        for (var i = 0; i < sources.Length; i++)
        {
            if (due[i] <= now)
            {
                taken.Add(sources[i]);
                due[i] = now + sources[i].Interval;
            }
        }

        return taken;
    }
}
