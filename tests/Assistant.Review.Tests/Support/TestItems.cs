using Assistant.Core.Monitoring;
using Assistant.Review.Items;
using Assistant.Review.Workflow;

namespace Assistant.Review.Tests.Support;

/// <summary>Review items built in memory.</summary>
public static class TestItems
{
    /// <summary>An item with a verdict and one post per text.</summary>
    public static ReviewItem Create(long id, string? verdict, params string[] texts) => new()
    {
        Id = id,
        Version = 1,
        State = verdict is null ? ReviewStates.New : ReviewStates.Judged,
        Verdict = verdict,
        Risk = 0.9,
        Label = "misinformation",
        CreatedAt = ReviewTestHost.Start,
        UpdatedAt = ReviewTestHost.Start,
        JudgedAt = verdict is null ? null : ReviewTestHost.Start.AddHours(id),
        Passages = [new OfficialPassage("quyet-dinh-157-ttg", "Điều 1", "Ban hành kèm theo Quyết định này Kế hoạch …")],
        Posts = texts.Select((t, i) => new ReviewPost("api", $"{id}-{i}", t, ReviewTestHost.Start) { Url = $"https://example.vn/{id}/{i}" }).ToList(),
    };
}
