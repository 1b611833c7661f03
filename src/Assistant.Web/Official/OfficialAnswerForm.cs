namespace Assistant.Web.Official;

/// <summary>What the new-answer form is prefilled with (from a gap topic) and the passage search typed.</summary>
/// <param name="TopicKey">The gap topic, or null.</param>
/// <param name="Question">The topic's question.</param>
/// <param name="Paraphrases">Its example questions.</param>
/// <param name="Province">Its province.</param>
/// <param name="Search">The passage search, or null.</param>
public sealed record OfficialAnswerForm(string? TopicKey, string? Question, IReadOnlyList<string> Paraphrases, string? Province, string? Search)
{
    /// <summary>The form of the query string (<c>topic</c>, <c>question</c>, <c>paraphrase</c>…, <c>province</c>, <c>q</c>).</summary>
    public static OfficialAnswerForm Of(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        static string? Value(IQueryCollection q, string name) => string.IsNullOrWhiteSpace(q[name]) ? null : q[name].ToString().Trim();
        return new OfficialAnswerForm(
            Value(query, "topic"),
            Value(query, "question"),
            [.. query["paraphrase"].Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).Distinct().Take(20)],
            Value(query, "province"),
            Value(query, "q") ?? Value(query, "question"));
    }
}
