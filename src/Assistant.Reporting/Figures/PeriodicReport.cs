using Assistant.Review.Reports;

namespace Assistant.Reporting.Figures;

/// <summary>The figures of one periodic report (6-monthly, year-end) of the department's communication work.</summary>
/// <param name="From">Start (inclusive).</param>
/// <param name="To">End (exclusive).</param>
/// <param name="Province">Province slug, or null for all.</param>
/// <param name="Department">"Sở Giáo dục và Đào tạo thành phố Cần Thơ", or the national wording.</param>
/// <param name="Issuer">The body above the department ("UBND THÀNH PHỐ CẦN THƠ").</param>
/// <param name="Questions">Citizens' questions of the period (small talk left out).</param>
/// <param name="Answered">Of them, answered (not refused).</param>
/// <param name="Refused">Of them, refused.</param>
/// <param name="Official">Of them, answered by an official answer.</param>
/// <param name="ThumbsUp">Thumbs up given to the period's answers.</param>
/// <param name="ThumbsDown">Thumbs down given.</param>
/// <param name="ByTopic">Questions of the largest topics (central question → count).</param>
/// <param name="ByChannel">Questions per channel.</param>
/// <param name="ByWeek">Questions per ISO week ("2026-W05").</param>
/// <param name="GapsFound">Topics with unmet need (a refusal or a thumbs down).</param>
/// <param name="OfficialPublished">Official answers published in the period.</param>
/// <param name="Misinformation">The review queue's figures for items created in the period.</param>
/// <param name="Targets">The plan's numeric targets.</param>
public sealed record PeriodicReport(
    DateTimeOffset From,
    DateTimeOffset To,
    string? Province,
    string Department,
    string Issuer,
    int Questions,
    int Answered,
    int Refused,
    int Official,
    int ThumbsUp,
    int ThumbsDown,
    IReadOnlyList<KeyValuePair<string, int>> ByTopic,
    IReadOnlyList<KeyValuePair<string, int>> ByChannel,
    IReadOnlyList<KeyValuePair<string, int>> ByWeek,
    int GapsFound,
    int OfficialPublished,
    ReviewReport Misinformation,
    IReadOnlyList<PlanTarget> Targets)
{
    /// <summary>Share of thumbs up among the ratings, or null when none was given.</summary>
    public double? Satisfaction => ThumbsUp + ThumbsDown == 0 ? null : (double)ThumbsUp / (ThumbsUp + ThumbsDown);
}
