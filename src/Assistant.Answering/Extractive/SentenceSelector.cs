using System.Text.RegularExpressions;
using Assistant.Core.Agencies;
using Assistant.Core.Documents;
using Assistant.Core.Retrieval;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// Picks the sentences of the top passages that answer a question: those holding its terms (and its
/// syllable pairs), from well-ranked passages, with the kind of fact the question type asks for.
/// </summary>
public static class SentenceSelector
{
    private const int WholePassageChars = 320;

    // A question word found only in the heading right above the passage counts this much (it says what the items
    // are about: "2. Yêu cầu"); one found only in the headings further up counts less.
    private const double LastHeadingShare = 0.5;
    private const double HeadingShare = 0.3;

    private static readonly Regex SentenceEnd = new(@"(?<=[.!?…])\s+(?=[\p{Lu}\d""“(])|(?<=;)\s+", RegexOptions.Compiled);
    private static readonly Regex PersonName = new(@"(?<!^)(?<![.:]\s)\b\p{Lu}\p{Ll}+(\s\p{Lu}\p{Ll}+){1,3}\b", RegexOptions.Compiled);
    private static readonly Regex Agency = new(@"\b(so|uy ban|ubnd|bao|dai|cong an|ban tuyen giao|ban dan van|hoi|truong|phong|tinh doan|thanh doan|chu tri|phoi hop|co quan)\b", RegexOptions.Compiled);

    /// <summary>Scored candidate sentences, best first.</summary>
    public static IReadOnlyList<CandidateSentence> Rank(string question, SearchResult search, IReadOnlyList<ParsedDocument> documents, AgencyDirectory agencies, ExtractiveOptions settings) =>
        Rank(QuestionReading.Of(question), search, documents, agencies, settings);

    /// <summary>Scored candidate sentences of a question already read, best first.</summary>
    internal static IReadOnlyList<CandidateSentence> Rank(QuestionReading question, SearchResult search, IReadOnlyList<ParsedDocument> documents, AgencyDirectory agencies, ExtractiveOptions settings)
    {
        if (search.Hits.Count == 0)
        {
            return [];
        }

        var terms = search.QueryTerms.Count > 0 ? search.QueryTerms : question.Tokens;
        var questionBigrams = question.Pairs.Where(pair => pair.Split('_').Any(terms.Contains)).ToHashSet(StringComparer.Ordinal);
        var rarity = TermRarity.Of(documents);
        var weights = terms.Distinct().Select(t => (Term: t, Weight: rarity.Weight(t))).ToList();
        var total = weights.Sum(w => w.Weight);
        var topScore = search.Hits[0].Score;
        var read = search.Hits.Take(settings.PassagesToRead).ToList();
        var signed = question.AsksWhoSigned ? SignedDocument(question, search, documents) : null;
        var extra = signed is not null ? SignatureBlocks(signed, search)
            : question.AsksDuty || question.Type == QuestionType.List ? SubjectPassages(question, read, documents, agencies)
            : [];
        var named = search.Provinces.Select(m => m.Province.Slug).ToHashSet(StringComparer.Ordinal);
        var reference = DocumentAbout.NamedReference(question);
        var candidates = new List<CandidateSentence>();
        foreach (var hit in read.Concat(extra).DistinctBy(h => (h.Passage.DocId, h.Passage.Ordinal)))
        {
            var reading = PassageReading.Of(hit.Passage, agencies);
            // A passage is about the agency its heading names, or the agency its first sentence opens with.
            var aboutSubject = IsAboutSubject(reading, question);
            for (var i = 0; i < reading.Sentences.Count; i++)
            {
                var sentence = reading.Sentences[i];
                if (reference is { } other && !DocumentAbout.IsNumbered(hit.Document, other.Number) && DocumentAbout.RefersToItselfAs(sentence.Folded, other.Kind))
                {
                    continue;
                }

                var score = Score(sentence, hit, weights, total, questionBigrams, reading, question, signed)
                    + (aboutSubject ? settings.SubjectBonus : 0)
                    - (named.Count > 0 && !named.Contains(hit.Document.Province ?? string.Empty) ? settings.OtherDocumentPenalty : 0)
                    + (0.5 * hit.Score / topScore);
                candidates.Add(new CandidateSentence(sentence.Text, hit, score, i));
            }
        }

        return candidates.OrderByDescending(c => c.Score).ToList();
    }

    /// <summary>
    /// The document a question about who signed asks of: the plan of the province it names; else the document it
    /// names by number ("Quyết định 157" → the document whose id holds 157, not a plan implementing it); else the one
    /// the search ranked first.
    /// </summary>
    private static ParsedDocument? SignedDocument(QuestionReading question, SearchResult search, IReadOnlyList<ParsedDocument> documents)
    {
        var top = documents.FirstOrDefault(d => d.Info.Id == search.Hits[0].Passage.DocId);
        var provinces = search.Provinces.Select(m => m.Province.Slug).ToHashSet(StringComparer.Ordinal);
        if (top?.Info.Province is { } province && provinces.Contains(province))
        {
            return top;
        }

        return documents.FirstOrDefault(d => d.Info.Province is { } p && provinces.Contains(p))
            ?? documents.FirstOrDefault(d => d.Info.Id.Split('-').Any(part => part.All(char.IsDigit) && question.Words.Contains(part)))
            ?? top;
    }

    /// <summary>
    /// That document's signature block answers, wherever the block itself ranked: it shares few words with the question
    /// (a rumour naming the wrong signer shares more with other passages). A document without one (a news report) answers
    /// with its passages saying who signed ("Phó Thủ tướng … ký Quyết định …").
    /// </summary>
    private static IEnumerable<ScoredPassage> SignatureBlocks(ParsedDocument document, SearchResult search)
    {
        var blocks = document.Passages.Where(p => p.Kind == PassageKind.Signature).ToList();
        if (blocks.Count == 0)
        {
            blocks = document.Passages.Where(p => QuestionTypeDetector.SignedAccented.IsMatch(p.Text) && PersonName.IsMatch(p.Text)).ToList();
        }

        return blocks.Select(p => new ScoredPassage(p, document.Info, search.Hits[0].Score));
    }

    /// <summary>
    /// A passage is about what the question names: the agency its heading names or its first sentence opens with,
    /// or, for a list question, a section whose title the question names.
    /// </summary>
    private static bool IsAboutSubject(PassageReading reading, QuestionReading question) =>
        reading.NamesAgency(question)
        || (question.Type == QuestionType.List && reading.NamedHeading(question) >= 0);

    /// <summary>
    /// A question about what an agency must do (or a list question naming a section) is answered from the items under that agency's heading (or the
    /// sentences it is the subject of, or the section) in the documents the search found, wherever those items ranked.
    /// </summary>
    private static IEnumerable<ScoredPassage> SubjectPassages(QuestionReading question, IReadOnlyList<ScoredPassage> read, IReadOnlyList<ParsedDocument> documents, AgencyDirectory agencies)
    {
        var floor = read[^1].Score;
        foreach (var hit in read.DistinctBy(h => h.Passage.DocId))
        {
            var document = documents.FirstOrDefault(d => d.Info.Id == hit.Passage.DocId);
            foreach (var passage in document?.Passages ?? [])
            {
                var reading = PassageReading.Of(passage, agencies);
                if (IsAboutSubject(reading, question))
                {
                    yield return new ScoredPassage(passage, hit.Document, floor);
                }
            }
        }
    }

    /// <summary>The sentences of a passage; a short passage (a list item) stays whole.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= WholePassageChars)
        {
            return [trimmed];
        }

        var sentences = new List<string>();
        var pending = string.Empty;
        foreach (var part in SentenceEnd.Split(trimmed))
        {
            pending = pending.Length == 0 ? part.Trim() : pending + " " + part.Trim();
            if (pending.Length >= 40)
            {
                sentences.Add(pending);
                pending = string.Empty;
            }
        }

        if (pending.Length > 0)
        {
            if (sentences.Count > 0)
            {
                sentences[^1] += " " + pending;
            }
            else
            {
                sentences.Add(pending);
            }
        }

        return sentences;
    }

    private static double Score(
        SentenceReading sentence,
        ScoredPassage hit,
        IReadOnlyList<(string Term, double Weight)> weights,
        double total,
        IReadOnlySet<string> questionBigrams,
        PassageReading passage,
        QuestionReading question,
        ParsedDocument? signed)
    {
        var found = 0.0;
        foreach (var (term, weight) in weights)
        {
            found += weight * (sentence.Words.Contains(term) ? 1
                : passage.LastHeadingWords.Contains(term) ? LastHeadingShare
                : passage.HeadingWords.Contains(term) ? HeadingShare
                : 0);
        }

        var termShare = total == 0 ? 0 : found / total;
        var pairShare = questionBigrams.Count == 0 ? 0 : questionBigrams.Count(sentence.Pairs.Contains) / (double)questionBigrams.Count;
        return termShare + (0.6 * pairShare) + TypeBonus(sentence.Text, sentence.Folded, hit, question, signed);
    }

    private static double TypeBonus(string sentence, string folded, ScoredPassage hit, QuestionReading question, ParsedDocument? signed)
    {
        var kind = hit.Passage.Kind;
        var type = question.Type;
        if (question.AsksWhoSigned)
        {
            // Only the signature of the document asked about answers; another one's (a plan implementing it) does not.
            return kind == PassageKind.Signature ? (hit.Passage.DocId == signed?.Info.Id ? 2.0 : -0.5) : QuestionTypeDetector.SignedAccented.IsMatch(sentence) && PersonName.IsMatch(sentence) ? 0.6 : 0;
        }

        var penalty = kind is PassageKind.Signature or PassageKind.Recipients ? -0.5 : 0;
        return penalty + type switch
        {
            QuestionType.Number => AskedFacts.HoldsNumber(sentence, question) ? 0.25 + (sentence.Contains('%') ? 0.25 : 0) : 0,
            QuestionType.Date => AskedFacts.HoldsDate(sentence, question) ? 0.4 : 0,
            QuestionType.Who => PersonName.IsMatch(sentence) ? 0.3 : Agency.IsMatch(folded) ? 0.15 : 0,
            QuestionType.Agency => Agency.IsMatch(folded) ? 0.3 : 0,
            _ => 0,
        };
    }
}
