using System.Text.Json.Serialization;
using Assistant.Core.Conversations;

namespace Assistant.Review.Insights;

/// <summary>The information gaps of a period: its topics, most unmet need first.</summary>
/// <param name="From">Start of the period (inclusive).</param>
/// <param name="To">End of the period (exclusive).</param>
/// <param name="Province">The province looked at, or null for all.</param>
/// <param name="Questions">Questions of the period looked at (small talk left out).</param>
/// <param name="Truncated">True when the period held more turns than <c>Listening:MaxTurns</c> and the newest were left out.</param>
/// <param name="Topics">The topics.</param>
/// <param name="Turns">The turns looked at (for the periodic report's figures; never sent: their text is not masked).</param>
public sealed record InsightsReport(
    DateTimeOffset From,
    DateTimeOffset To,
    string? Province,
    int Questions,
    bool Truncated,
    IReadOnlyList<QuestionTopic> Topics,
    [property: JsonIgnore] IReadOnlyList<RecordedTurn> Turns);
