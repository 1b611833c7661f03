using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Extractive;

/// <summary>
/// The default answerer (no key, no network): retrieves passages, picks the one to three sentences that
/// answer the question type, and cites document and section — or refuses politely and says where to ask.
/// </summary>
public sealed class ExtractiveAnswerer(IRetriever retriever, RefusalWriter refusals, IOptions<ExtractiveOptions> options)
    : IAnswerer, IPassageAnswerer
{
    private readonly ExtractiveOptions settings = options.Value;

    /// <inheritdoc />
    public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var search = retriever.Search(question, settings.PassageCount);
        var answer = AnswerFrom(question, search);
        return Task.FromResult(answer with { ElapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds });
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = await AnswerAsync(question, cancellationToken);
        foreach (var line in answer.Text.Split('\n'))
        {
            yield return new AnswerTextDelta(line + "\n");
        }

        yield return new AnswerFinal(answer);
    }

    /// <inheritdoc />
    public Answer AnswerFrom(string question, SearchResult search)
    {
        var passages = search.Hits.Select(h => new PassageResult(h.Passage.DocId, h.Passage.Section, h.Passage.Text, Math.Round(h.Score, 3))).ToList();
        if (PromptInjectionDetector.IsInjection(question))
        {
            return Refusal(question, refusals.Injection(), passages);
        }

        var covered = search.Provinces.Except(search.UncoveredProvinces).Any();
        if (search.UncoveredProvinces.Count > 0 && !covered)
        {
            var national = retriever.Documents.Where(d => d.Info.Province is null).Select(d => d.Info.Title).ToList();
            return Refusal(question, refusals.NoPlanFor(search.UncoveredProvinces, national), passages);
        }

        if (search.Hits.Count == 0 || search.QueryCoverage < settings.MinCoverage)
        {
            return Refusal(question, refusals.NotCovered(search), passages);
        }

        var type = QuestionTypeDetector.Detect(question);
        var chosen = Choose(SentenceSelector.Rank(question, type, search, retriever.Documents, settings.PassagesToRead));
        var (text, citations) = Compose(chosen);
        return new Answer { Question = question, Text = text, Citations = citations, Passages = passages };
    }

    private static Answer Refusal(string question, string text, IReadOnlyList<PassageResult> passages) =>
        new() { Question = question, Text = text, Refused = true, Passages = passages };

    private List<CandidateSentence> Choose(IReadOnlyList<CandidateSentence> ranked)
    {
        var chosen = new List<CandidateSentence>();
        var length = 0;
        foreach (var candidate in ranked)
        {
            if (chosen.Count == settings.MaxSentences
                || (chosen.Count > 0 && (candidate.Score < settings.FollowingSentenceRatio * chosen[0].Score
                    || length + candidate.Text.Length > settings.MaxAnswerChars)))
            {
                break;
            }

            // Further sentences come from the document of the best one: answers do not mix documents.
            if (chosen.Any(c => c.Text == candidate.Text))
            {
                continue;
            }

            chosen.Add(candidate);
            length += candidate.Text.Length;
        }

        // Read in document order, as the text has it.
        return chosen.OrderBy(c => c.Hit.Passage.Ordinal).ToList();
    }

    private static (string Text, IReadOnlyList<Citation> Citations) Compose(IReadOnlyList<CandidateSentence> chosen)
    {
        var citations = new List<Citation>();
        var text = new StringBuilder();
        string? lastDocument = null;
        foreach (var sentence in chosen)
        {
            var passage = sentence.Hit.Passage;
            var number = citations.FindIndex(c => c.Doc == passage.DocId && c.Section == passage.Section && c.Text == passage.Text) + 1;
            if (number == 0)
            {
                citations.Add(new Citation(passage.DocId, passage.Section, sentence.Hit.Document.Title, passage.Text));
                number = citations.Count;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var section = CitationLabels.SectionWithHeading(passage.Section, passage.Headings);
            text.Append(lastDocument == passage.DocId
                ? $"{char.ToUpperInvariant(section[0])}{section[1..]}: "
                : $"Theo {CitationLabels.DocumentName(sentence.Hit.Document)}, {section}: ");
            text.Append(sentence.Text.TrimEnd(';', ',', ' ')).Append($" [{number}]");
            lastDocument = passage.DocId;
        }

        return (text.ToString(), citations);
    }
}
