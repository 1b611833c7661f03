using Assistant.Monitoring.Feeds;

namespace Assistant.Monitoring.Tests.Feeds;

public sealed class FeedScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly FeedSource Quarter = new() { Name = "quarter", Url = "https://a.example/rss", Interval = TimeSpan.FromMinutes(15) };
    private static readonly FeedSource Hourly = new() { Name = "hourly", Url = "https://b.example/rss", Interval = TimeSpan.FromHours(1) };

    [Fact]
    public void TakeDue_AtStart_ReturnsEveryFeed()
    {
        var schedule = new FeedSchedule([Quarter, Hourly], Start);

        Assert.Equal([Quarter, Hourly], schedule.TakeDue(Start));
    }

    [Fact]
    public void TakeDue_JustPolled_ReturnsNothingUntilTheInterval()
    {
        var schedule = new FeedSchedule([Quarter, Hourly], Start);
        schedule.TakeDue(Start);

        Assert.Empty(schedule.TakeDue(Start.AddMinutes(14)));
        Assert.Equal(Start.AddMinutes(15), schedule.NextDue);
        Assert.Equal([Quarter], schedule.TakeDue(Start.AddMinutes(15)));
    }

    [Fact]
    public void TakeDue_OverAnHour_PollsEachFeedAtItsOwnInterval()
    {
        var schedule = new FeedSchedule([Quarter, Hourly], Start);
        var polls = new List<string>();
        for (var minute = 0; minute <= 60; minute++)
        {
            polls.AddRange(schedule.TakeDue(Start.AddMinutes(minute)).Select(source => $"{source.Name}@{minute}"));
        }

        Assert.Equal(["quarter@0", "hourly@0", "quarter@15", "quarter@30", "quarter@45", "quarter@60", "hourly@60"], polls);
    }

    [Fact]
    public void TakeDue_PollLate_NextPollOneIntervalAfterTheLateOne()
    {
        var schedule = new FeedSchedule([Quarter], Start);
        schedule.TakeDue(Start);

        schedule.TakeDue(Start.AddMinutes(40));

        Assert.Equal(Start.AddMinutes(55), schedule.NextDue);
    }

    [Fact]
    public void NextDue_NoFeeds_IsNever()
    {
        var schedule = new FeedSchedule([], Start);

        Assert.Empty(schedule.TakeDue(Start));
        Assert.Equal(DateTimeOffset.MaxValue, schedule.NextDue);
    }
}
