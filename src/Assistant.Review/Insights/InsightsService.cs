using System.Security.Cryptography;
using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Assistant.Core.Questions;
using Assistant.Review.Workflow;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Insights;

/// <summary>
/// The information gaps of a period: the recorded turns (never who asked) read through the question understanding,
/// grouped into topics of questions that mean the same (<see cref="TopicGrouper"/>), counted and sorted by unmet need. A
/// spokesperson sees the questions that name their province; an admin all, or one province.
/// </summary>
public sealed class InsightsService(
    ITurnQueries turns,
    IQuestionReader reader,
    ITopicMarkStore marks,
    IOptions<ListeningOptions> options,
    TimeProvider time)
{
    /// <summary>The topics of [<paramref name="from"/>, <paramref name="to"/>) that <paramref name="actor"/> may see.</summary>
    public async Task<InsightsReport> BuildAsync(ReviewActor actor, DateTimeOffset from, DateTimeOffset to, string? province, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var scope = actor.SeesAll ? province : actor.Province;
        var limit = options.Value.MaxTurns;
        var recorded = await turns.ListAsync(from, to, limit + 1, cancellationToken);
        var questions = recorded.Take(limit)
            .Select(t => (Turn: t, Signature: reader.Read(t.Question)))
            .Where(q => !q.Signature.IsEmpty && (scope is null || q.Signature.Provinces.Contains(scope)))
            .ToList();
        var groups = TopicGrouper.Group([.. questions.Select(q => q.Signature)], options.Value.TopicSimilarity);
        var handled = await marks.HandledAsync(cancellationToken);
        var topics = questions.Select((q, i) => (q.Turn, q.Signature, Group: groups[i]))
            .GroupBy(q => q.Group)
            .Select(g => Topic([.. g.Select(q => (q.Turn, q.Signature))], handled))
            .OrderByDescending(t => t.UnmetNeed).ThenByDescending(t => t.Count).ThenBy(t => t.Question, StringComparer.Ordinal)
            .ToList();
        return new InsightsReport(from, to, scope, questions.Count, recorded.Count > limit, topics, [.. questions.Select(q => q.Turn)]);
    }

    /// <summary>Marks a topic handled: it stays handled until an official answer of it gets a thumbs down.</summary>
    public Task MarkHandledAsync(ReviewActor actor, string topicKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return string.IsNullOrWhiteSpace(topicKey) || topicKey.Length > 64
            ? throw new ReviewException(ReviewErrorKind.Invalid, "Thiếu mã chủ đề.")
            : marks.MarkHandledAsync(topicKey, actor.Login, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>The key of a topic whose central question has <paramref name="signature"/>: a hash of its sorted terms.</summary>
    public static string KeyOf(QuestionSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var terms = string.Join(' ', signature.Features.Keys.Order(StringComparer.Ordinal))
            + "|" + string.Join(' ', signature.Provinces.Order(StringComparer.Ordinal));
        return "t" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(terms)))[..15];
    }

    private QuestionTopic Topic(IReadOnlyList<(RecordedTurn Turn, QuestionSignature Signature)> members, IReadOnlyDictionary<string, DateTimeOffset> handled)
    {
        var central = members.MaxBy(m => members.Sum(o => o.Signature.SimilarityTo(m.Signature)));
        var key = KeyOf(central.Signature);
        var feedback = members.SelectMany(m => m.Turn.Feedback.Select(f => (m.Turn, Feedback: f))).ToList();
        var markedAt = handled.TryGetValue(key, out var at) ? at : (DateTimeOffset?)null;
        var reopened = markedAt is { } marked && feedback.Any(f => f.Feedback.IsDown && f.Turn.Mode == AnswerMode.Official && f.Feedback.At > marked);
        return new QuestionTopic(
            key,
            central.Turn.Question,
            central.Signature.Provinces.Order(StringComparer.Ordinal).FirstOrDefault(),
            members.Count,
            members.Count(m => m.Turn.Refused),
            members.Count(m => m.Turn.Mode == AnswerMode.Official),
            feedback.Count(f => !f.Feedback.IsDown),
            feedback.Count(f => f.Feedback.IsDown),
            [.. feedback.Where(f => !string.IsNullOrWhiteSpace(f.Feedback.Comment)).Select(f => PersonalDataMask.Apply(f.Feedback.Comment!))],
            members.GroupBy(m => m.Turn.Channel).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()),
            [.. members.Select(m => PersonalDataMask.Apply(m.Turn.Asked)).Distinct().Take(options.Value.ExamplesPerTopic)],
            markedAt is not null && !reopened,
            reopened);
    }
}
