using System.Diagnostics;
using System.Runtime.CompilerServices;
using Assistant.Core.Agencies;
using Assistant.Core.Answers;
using Assistant.Core.Documents;
using Assistant.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Extractive;

/// <summary>
/// The default answerer (no key, no network): retrieves passages, picks the one to three sentences that
/// answer the question type, and cites document and section — or refuses politely and says where to ask.
/// </summary>
public sealed class ExtractiveAnswerer(IRetriever retriever, RefusalWriter refusals, AgencyDirectory agencies, IOptions<ExtractiveOptions> options)
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
            return Refusal(question, refusals.Injection(), RefusalReasons.Injection, passages);
        }

        var covered = search.Provinces.Except(search.UncoveredProvinces).Any();
        if (search.UncoveredProvinces.Count > 0 && !covered)
        {
            var national = retriever.Documents.Where(d => d.Info.Province is null).Select(d => d.Info.Title).ToList();
            return Refusal(question, refusals.NoPlanFor(search.UncoveredProvinces, national), RefusalReasons.NoPlan, passages);
        }

        if (search.Hits.Count == 0 || search.QueryCoverage < settings.MinCoverage)
        {
            return Refusal(question, refusals.NotCovered(search), RefusalReasons.NotCovered, passages);
        }

        var reading = QuestionReading.Of(question);
        if (DocumentAbout.Find(reading, search, retriever.Documents) is { } about)
        {
            var (_, aboutCitations) = AnswerComposer.Compose([about]);
            return new Answer { Question = question, Text = $"{about.Text}. [1]", Citations = aboutCitations, Passages = passages };
        }

        var ranked = SentenceSelector.Rank(reading, search, retriever.Documents, agencies, settings);
        var office = OfficeHolders.AskedOffice(question);
        if (office is not null && (OfficeHolders.AsksPresent(question) || !ranked.Any(c => c.Hit.Passage.Kind != PassageKind.Signature && OfficeHolders.NamesHolder(c.Text, office))))
        {
            return Refusal(question, refusals.OfficeHolder(search), RefusalReasons.OfficeHolder, passages);
        }

        var asked = AskedFacts.Of(reading);
        var chosen = SentenceChooser.Choose(FactFirst(ranked, asked, reading), reading, retriever.Documents, agencies, settings, provinceAsked: covered);
        var (text, citations) = AnswerComposer.Compose(chosen);
        var missing = !AskedFacts.Holds(asked, reading, chosen.Select(c => c.Text)) ? AskedFacts.Missing(asked)
            : reading.AsksDuty && NamedAgency.In(question) is { } agency && !chosen.Any(c => NamedAgency.IsIn(agency, c))
                ? $"nhiệm vụ nào giao cho {agency}"
                : null;
        if (missing is not null)
        {
            // A near miss: the documents speak of the topic but do not state what was asked; say so, and what they do say.
            return new Answer { Question = question, Text = refusals.NearMiss(missing, text, search), Refused = true, RefusalReason = RefusalReasons.NearMiss, Citations = citations, Passages = passages };
        }

        var lead = ShortAnswer.For(reading, asked, chosen, agencies);
        return new Answer { Question = question, Text = lead is null ? text : lead + "\n" + text, Citations = citations, Passages = passages };
    }

    /// <summary>
    /// The ranking with the best sentence stating the kind of fact asked (a number, a date) first, when it scores near the
    /// best sentence: "khi nào" is answered by the sentence with the time, not by a better-worded one without it.
    /// </summary>
    private IReadOnlyList<CandidateSentence> FactFirst(IReadOnlyList<CandidateSentence> ranked, AskedFact asked, QuestionReading reading)
    {
        if (asked == AskedFact.None || ranked.Count == 0 || AskedFacts.Holds(asked, reading, [ranked[0].Text]))
        {
            return ranked;
        }

        var holder = ranked.FirstOrDefault(c => AskedFacts.Holds(asked, reading, [c.Text]));
        return holder is null || holder.Score < settings.FactSentenceRatio * ranked[0].Score ? ranked : [holder, .. ranked.Where(c => c != holder)];
    }

    private static Answer Refusal(string question, string text, string reason, IReadOnlyList<PassageResult> passages) =>
        new() { Question = question, Text = text, Refused = true, RefusalReason = reason, Passages = passages };
}
