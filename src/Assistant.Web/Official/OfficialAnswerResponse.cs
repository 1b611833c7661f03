using Assistant.Core.Official;

namespace Assistant.Web.Official;

/// <summary>An official answer as the API returns it.</summary>
public sealed record OfficialAnswerResponse(
    long Id,
    long Version,
    string State,
    string? Province,
    string Question,
    IReadOnlyList<string> Paraphrases,
    string Answer,
    IReadOnlyList<OfficialCitation> Citations,
    bool OwnStatement,
    string Author,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    string? TopicKey,
    IReadOnlyList<OfficialAnswerAudit>? History = null)
{
    /// <summary>The response of <paramref name="answer"/>, with its history when given.</summary>
    public static OfficialAnswerResponse Of(OfficialAnswer answer, IReadOnlyList<OfficialAnswerAudit>? history = null) => new(
        answer.Id, answer.Version, answer.State, answer.Province, answer.Question, answer.Paraphrases, answer.Text, answer.Citations,
        answer.OwnStatement, answer.Author, answer.CreatedAt, answer.PublishedAt, answer.PublishedBy, answer.TopicKey, history);
}
