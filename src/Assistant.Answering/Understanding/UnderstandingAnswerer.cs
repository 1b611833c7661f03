using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Assistant.Answering.Extractive;
using Assistant.Core.Answers;
using Assistant.Core.Lexicon;

namespace Assistant.Answering.Understanding;

/// <summary>
/// Puts the question-understanding stage in front of an answerer: small talk gets a friendly reply, an English
/// question is read through the glossary (and answered with an English sentence in front), each part of a double or
/// comparing question is answered and cited on its own and the answers are set side by side, and a former province
/// named in passing is said to be part of the new one.
/// </summary>
public sealed class UnderstandingAnswerer(QuestionUnderstanding understanding, QuestionLexicon lexicon, IAnswerer inner) : IAnswerer
{
    private static readonly Regex Marker = new(@"\[(\d+)\]", RegexOptions.Compiled);

    /// <summary>The answerer behind the stage.</summary>
    public IAnswerer Inner => inner;

    /// <inheritdoc />
    public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        return AnswerAsync(understanding.Understand(question), started, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var understood = understanding.Understand(question);
        if (Direct(understood) is not null || understood.Parts.Count != 1)
        {
            var answer = await AnswerAsync(understood, started, cancellationToken);
            yield return new AnswerTextDelta(answer.Text);
            yield return new AnswerFinal(answer);
            yield break;
        }

        var lead = Lead(understood, null);
        if (lead.Length > 0)
        {
            yield return new AnswerTextDelta(lead);
        }

        await foreach (var update in inner.StreamAsync(understood.Parts[0], cancellationToken))
        {
            yield return update is AnswerFinal final
                ? new AnswerFinal(Framed(understood, final.Answer) with { Question = question })
                : update;
        }
    }

    /// <summary>The answer to a message already read: each part answered, the answers set side by side and framed.</summary>
    private async Task<Answer> AnswerAsync(UnderstoodQuestion understood, long started, CancellationToken cancellationToken)
    {
        if (Direct(understood) is { } direct)
        {
            return direct with { ElapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds };
        }

        var answers = new List<Answer>();
        var leaning = false;
        for (var i = 0; i < understood.Parts.Count; i++)
        {
            var answer = await inner.AnswerAsync(understood.Parts[i], cancellationToken);
            if (i > 0 && answer.RefusalReason == RefusalReasons.NotCovered)
            {
                // A second question that leans on the first ("tiền lấy từ đâu, có bắt phụ huynh đóng không?") is read with it.
                var withFirst = await inner.AnswerAsync($"{understood.Parts[i - 1].TrimEnd('?', ' ')}, {understood.Parts[i]}", cancellationToken);
                // Read with the first, it must say more than the first's own answer.
                var leans = !withFirst.Refused && withFirst.Text != answers[i - 1].Text;
                leaning |= leans;
                answer = leans ? withFirst : answer;
            }

            answers.Add(answer);
        }

        var combined = Framed(understood, Combine(understood.Parts, answers, leaning));
        return combined with { Question = understood.Asked, ElapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds };
    }

    /// <summary>The reply that needs no search: to small talk, or to an English question the glossary cannot read.</summary>
    private Answer? Direct(UnderstoodQuestion understood)
    {
        var replies = lexicon.SmallTalk.Replies;
        var text = understood.NotUnderstood ? lexicon.English.Refusal
            : understood.SmallTalk switch
            {
                SmallTalkKind.Greeting => replies.Greeting,
                SmallTalkKind.Thanks => replies.Thanks,
                SmallTalkKind.AboutAssistant => replies.AboutAssistant,
                _ => null,
            };
        var reason = understood.NotUnderstood ? RefusalReasons.NotUnderstood : RefusalReasons.SmallTalk;
        return text is null ? null : new Answer { Question = understood.Asked, Text = text, Refused = true, RefusalReason = reason };
    }

    /// <summary>The answer with what is said before it: the English sentence, and where a former province now belongs.</summary>
    private Answer Framed(UnderstoodQuestion understood, Answer answer)
    {
        if (understood.IsEnglish && answer.Refused && answer.Citations.Count == 0)
        {
            // Nothing is quoted: the English refusal, then the Vietnamese one with where to ask.
            return answer with { Text = lexicon.English.Refusal + "\n\n" + answer.Text };
        }

        var lead = Lead(understood, answer);
        return lead.Length == 0 ? answer : answer with { Text = lead + answer.Text };
    }

    private string Lead(UnderstoodQuestion understood, Answer? answer)
    {
        var lead = understood.IsEnglish ? lexicon.English.Preface + "\n" : string.Empty;
        var formers = understood.Provinces.Where(m => m.ViaFormer).DistinctBy(m => m.MatchedName).ToList();
        if (formers.Count > 0 && answer?.Text.Contains("nay thuộc", StringComparison.Ordinal) != true)
        {
            lead += string.Join(" ", formers.Select(m => $"{m.MatchedName} nay thuộc {m.Province.Label}.")) + " ";
        }

        return lead;
    }

    /// <summary>
    /// The answers to the parts side by side, citations renumbered once across them. A part the documents do not
    /// cover at all follows the answered ones with a word that it is not covered; a part asking for a specific fact
    /// (a person, an agency, a number, a date) that is refused, a near miss, or a refused part another leans on
    /// (<paramref name="leaning"/>), keeps the whole a refusal that still gives what the documents say about the others.
    /// </summary>
    private static Answer Combine(IReadOnlyList<string> parts, IReadOnlyList<Answer> answers, bool leaning)
    {
        if (answers.Count == 1)
        {
            return answers[0];
        }

        var refused = answers.Where(a => a.Refused).ToList();
        if (refused.Count == answers.Count)
        {
            return answers[0] with { Passages = Passages(answers) };
        }

        var blocking = answers.Where((a, i) => a.Refused && (leaning || !IsAside(parts[i], a))).ToList();
        var shown = blocking.Count > 0
            ? blocking.Take(1).Concat(answers.Where(a => !a.Refused))
            : answers.Where(a => !a.Refused).Concat(refused.Take(1));
        var citations = new List<Citation>();
        var texts = new List<string>();
        foreach (var answer in shown.DistinctBy(a => a.Text))
        {
            var text = Renumbered(answer, citations);
            texts.Add(blocking.Count == 0 && answer.Refused ? RemainderLead + LowerFirst(text) : text);
        }

        return answers[0] with
        {
            Text = string.Join("\n\n", texts),
            Refused = blocking.Count > 0,
            RefusalReason = blocking.FirstOrDefault()?.RefusalReason,
            Citations = citations,
            Passages = Passages(answers),
        };
    }

    /// <summary>Said before the refusal of a part when the other parts are answered.</summary>
    private const string RemainderLead = "Về ý còn lại trong câu hỏi của bạn: ";

    /// <summary>
    /// True when a refused part can follow the answered ones without making the whole a refusal: the documents do not
    /// cover it at all, and it does not ask for a specific fact the citizen would take the whole answer to give.
    /// </summary>
    private static bool IsAside(string part, Answer answer) =>
        answer.RefusalReason == RefusalReasons.NotCovered
        && QuestionTypeDetector.Detect(part) is not (QuestionType.Who or QuestionType.Agency or QuestionType.Number or QuestionType.Date);

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>The answer's text with its citation markers renumbered into the shared list.</summary>
    private static string Renumbered(Answer answer, List<Citation> citations) =>
        Marker.Replace(answer.Text, m =>
        {
            var index = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
            if (index < 0 || index >= answer.Citations.Count)
            {
                return m.Value;
            }

            var citation = answer.Citations[index];
            var number = citations.FindIndex(c => c.Doc == citation.Doc && c.Section == citation.Section && c.Text == citation.Text);
            if (number < 0)
            {
                citations.Add(citation);
                number = citations.Count - 1;
            }

            return $"[{number + 1}]";
        });

    private static IReadOnlyList<PassageResult> Passages(IReadOnlyList<Answer> answers) =>
        [.. answers.SelectMany(a => a.Passages).DistinctBy(p => (p.Doc, p.Section, p.Text)).Take(answers.Max(a => a.Passages.Count))];
}
