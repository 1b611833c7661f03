using System.Globalization;
using Assistant.Core.Official;
using Assistant.Core.Provinces;
using Assistant.Review.Insights;
using Assistant.Review.Items;
using Assistant.Review.Reports;
using Assistant.Review.Workflow;

namespace Assistant.Reporting.Figures;

/// <summary>Gathers the figures of a periodic report from the stores: turns (through the insights), official answers, the review queue and the plan.</summary>
public sealed class PeriodicReportBuilder(
    InsightsService insights,
    IOfficialAnswerStore officialAnswers,
    ReviewService reviews,
    PlanTargets targets,
    ProvinceDirectory provinces)
{
    private const int TopTopics = 10;

    /// <summary>The report of [<paramref name="from"/>, <paramref name="to"/>) for <paramref name="actor"/> (a spokesperson's own province).</summary>
    public async Task<PeriodicReport> BuildAsync(ReviewActor actor, DateTimeOffset from, DateTimeOffset to, string? province, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var gaps = await insights.BuildAsync(actor, from, to, province, cancellationToken);
        var scope = gaps.Province;
        var turns = gaps.Turns;
        var published = (await officialAnswers.ListAsync(cancellationToken))
            .Count(a => a.PublishedAt is { } at && at >= from && at < to && (scope is null || a.Province == scope));
        var items = await reviews.ListAsync(actor, new ReviewFilter { From = from, To = to, Province = scope }, cancellationToken);
        var found = scope is not null ? provinces.Find(scope) : null;
        return new PeriodicReport(
            from,
            to,
            scope,
            found is null ? "Cơ quan quản lý giáo dục" : $"Sở Giáo dục và Đào tạo {found.Label}",
            found is null ? "" : $"ỦY BAN NHÂN DÂN {found.Label.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}",
            turns.Count,
            turns.Count(t => !t.Refused),
            turns.Count(t => t.Refused),
            turns.Count(t => t.Mode == Core.Answers.AnswerMode.Official),
            turns.Sum(t => t.Feedback.Count(f => !f.IsDown)),
            turns.Sum(t => t.Feedback.Count(f => f.IsDown)),
            [.. gaps.Topics.OrderByDescending(t => t.Count).Take(TopTopics).Select(t => new KeyValuePair<string, int>(t.Question, t.Count))],
            Count(turns.Select(t => t.Channel)),
            [.. Count(turns.Select(t => Week(t.At))).OrderBy(p => p.Key, StringComparer.Ordinal)],
            gaps.Topics.Count(t => t.UnmetNeed > 0),
            published,
            ReviewReport.Build(items),
            targets.Of(scope));
    }

    private static List<KeyValuePair<string, int>> Count(IEnumerable<string> keys) =>
        [.. keys.GroupBy(k => k).Select(g => new KeyValuePair<string, int>(g.Key, g.Count())).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];

    private static string Week(DateTimeOffset time) =>
        $"{ISOWeek.GetYear(time.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(time.UtcDateTime):00}";
}
