using System.Text.RegularExpressions;
using Assistant.Answering.Extractive;
using Assistant.Core.Documents;
using Assistant.Core.Lexicon;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;
using Assistant.Core.Text;

namespace Assistant.Answering.Understanding;

/// <summary>
/// The question-understanding stage in front of every answerer and the conversation rewriter: reads a citizen's
/// message as written (chat abbreviations, Telex leftovers and typos, greetings and personal context, everyday words,
/// two questions in one, English) into the standalone question in the documents' words, its type, provinces and parts.
/// Word lists come from <see cref="QuestionLexicon"/>; only the algorithms are here.
/// </summary>
public sealed class QuestionUnderstanding
{
    private static readonly Regex DocumentReference = new(
        @"\b(quyết định|nghị quyết|kế hoạch|chương trình)(\s+số)?\s*\d+[\p{L}\p{N}/\-]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A hyphen inside an English compound ("inter-agency"), not in a code ("71-NQ/TW").
    private static readonly Regex WordHyphen = new(@"(?<=\p{Ll})-(?=\p{Ll})", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Share of a message's words that the glossary knows, above which it is read as English (Vietnamese typed without
    // marks shares few words with English: "do", "an", "to").
    private const double EnglishShare = 0.35;

    private const int MaxCommaPartWords = 8;
    private const int HearsayReach = 5;
    private const int ChainedOpenerReach = 3;
    private const int MinCommaPartTerms = 3;

    private static readonly HashSet<string> Conjunctions = new(["và", "còn", "với lại", "rồi"], StringComparer.Ordinal);

    private readonly QuestionLexicon lexicon;
    private readonly ProvinceDirectory provinces;
    private readonly IRetriever retriever;
    private readonly PhraseTable chatWords;
    private readonly PhraseTable greetings;
    private readonly PhraseTable thanks;
    private readonly PhraseTable aboutAssistant;
    private readonly PhraseTable politeness;
    private readonly PhraseTable contextOpeners;
    private readonly PhraseTable hearsayOpeners;
    private readonly PhraseTable comparisonCues;
    private readonly PhraseTable english;
    private readonly HashSet<string> englishWords;
    private readonly HashSet<string> englishStopWords;
    private readonly HashSet<string> fillers;
    private readonly HashSet<string> knownWords;
    private readonly HashSet<string> provinceWords;
    private CorpusState? state;

    /// <summary>The stage over <paramref name="lexicon"/>, the province list and the documents <paramref name="retriever"/> has indexed.</summary>
    public QuestionUnderstanding(QuestionLexicon lexicon, ProvinceDirectory provinces, IRetriever retriever)
    {
        this.lexicon = lexicon;
        this.provinces = provinces;
        this.retriever = retriever;
        chatWords = new PhraseTable(lexicon.ChatWords.SelectMany(w => w.Written.Select(f => (f, w.Means, w.MeansAtEnd))), matchUnaccented: false);
        greetings = Dropping(lexicon.SmallTalk.Greetings);
        thanks = Dropping(lexicon.SmallTalk.Thanks);
        aboutAssistant = Dropping(lexicon.SmallTalk.AboutAssistant);
        politeness = Dropping(lexicon.SmallTalk.Politeness);
        contextOpeners = Dropping(lexicon.SmallTalk.ContextOpeners);
        hearsayOpeners = Dropping(lexicon.SmallTalk.HearsayOpeners);
        comparisonCues = Dropping(lexicon.SmallTalk.ComparisonCues);
        // The glossary is read by stems, so "ministries" finds "ministry" and "signed" finds "sign".
        english = new PhraseTable(lexicon.English.Phrases.Select(p => (EnglishStem.OfPhrase(p.Key), p.Value, (string?)null)), matchUnaccented: false);
        englishStopWords = new HashSet<string>(lexicon.English.StopWords.Select(EnglishStem.Of), StringComparer.Ordinal);
        englishWords = new HashSet<string>(lexicon.English.Phrases.Keys.SelectMany(k => EnglishStem.OfPhrase(k).Split(' ')).Concat(englishStopWords), StringComparer.Ordinal);
        fillers = new HashSet<string>(
            lexicon.SmallTalk.Politeness.Where(p => !p.Contains(' '))
                .Concat(lexicon.ChatWords.Where(w => w.Means.Length == 0 || lexicon.SmallTalk.Politeness.Contains(w.Means)).SelectMany(w => w.Written)),
            StringComparer.Ordinal);
        provinceWords = new HashSet<string>(
            provinces.All.SelectMany(p => p.Former.Select(f => f.Name).Concat(p.Aliases).Append(p.Name).Append(p.AsciiName))
                .SelectMany(name => VietnameseAnalyzer.Tokenize(VietnameseText.Fold(name).ToLowerInvariant())),
            StringComparer.Ordinal);
        knownWords = new HashSet<string>(
            lexicon.ChatWords.SelectMany(w => w.Written.Append(w.Means))
                .Concat(lexicon.Thesaurus.SelectMany(e => e.Variants.Append(e.Term)))
                .Concat(lexicon.SmallTalk.Greetings).Concat(lexicon.SmallTalk.Thanks).Concat(lexicon.SmallTalk.AboutAssistant)
                .Concat(lexicon.SmallTalk.Politeness).Concat(lexicon.SmallTalk.ContextOpeners).Concat(lexicon.SmallTalk.HearsayOpeners)
                .Concat(provinces.All.SelectMany(p => p.Former.Select(f => f.Name).Concat(p.Aliases).Append(p.Name)))
                .Concat(QueryStopWords.All)
                .SelectMany(text => VietnameseAnalyzer.Tokenize(VietnameseText.Normalize(text).ToLowerInvariant()))
                .SelectMany(word => new[] { word, VietnameseText.Fold(word) }),
            StringComparer.Ordinal);
    }

    /// <summary>The message with chat writing and typos corrected, nothing left out (for the conversation rewriter).</summary>
    public string NormalizeWriting(string message) => TextPiece.Join(Written(TextPiece.Split(VietnameseText.Normalize(message).Trim()), Corpus()));

    /// <summary>Reads <paramref name="message"/>.</summary>
    public UnderstoodQuestion Understand(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var corpus = Corpus();
        var text = VietnameseText.Normalize(message).Trim();
        var written = Written(TextPiece.Split(text), corpus);
        var (sentences, smallTalk) = QuestionSentences(written);
        if (sentences.Count == 0 && smallTalk is not null)
        {
            // Only small talk, in any language ("chào bạn", "thanks, that's helpful!").
            return new UnderstoodQuestion(message, string.Empty, [], QuestionType.General, [], [], smallTalk);
        }

        var isEnglish = IsEnglish(text);
        if (isEnglish)
        {
            var (vietnamese, knownShare) = FromEnglish(text);
            if (knownShare < lexicon.English.MinKnownShare)
            {
                return new UnderstoodQuestion(message, vietnamese, [], QuestionType.General, [], [], IsEnglish: true, NotUnderstood: true);
            }

            written = Written(TextPiece.Split(vietnamese), corpus);
            (sentences, smallTalk) = QuestionSentences(written);
        }

        var mentions = provinces.FindIn(TextPiece.Join(written));
        if (sentences.Count == 0)
        {
            return new UnderstoodQuestion(message, string.Empty, [], QuestionType.General, [], mentions, smallTalk ?? SmallTalkKind.Greeting, isEnglish);
        }

        // The glossary already gave an English question the documents' terms.
        var question = isEnglish ? sentences
            : sentences.Select(s => Typed(corpus.Thesaurus.Replace(s, keepUntil: corpus.TermEnd), TextPiece.AreUnaccented(s))).ToList();
        var standalone = WithProvinces(string.Join(" ", question.Select(TextPiece.Join)), mentions);
        var parts = Parts(question, mentions, corpus);
        return new UnderstoodQuestion(
            message,
            standalone,
            parts,
            QuestionTypeDetector.Detect(standalone),
            ContentTerms(standalone),
            mentions,
            IsEnglish: isEnglish);
    }

    /// <summary>The folded content terms of a question (question words and politeness left out).</summary>
    public static IReadOnlyList<string> ContentTerms(string question)
    {
        var analyzed = VietnameseAnalyzer.AnalyzeQuery(question);
        return [.. analyzed.Exact.Select((word, i) => (word, folded: analyzed.Folded[i])).Where(t => !QueryStopWords.Contains(t.word)).Select(t => t.folded).Distinct()];
    }

    private static PhraseTable Dropping(IEnumerable<string> phrases) =>
        new(phrases.Select(p => (p, string.Empty, (string?)null)), matchUnaccented: true);

    private List<TextPiece> Written(List<TextPiece> pieces, CorpusState corpus)
    {
        var unaccented = TextPiece.AreUnaccented(pieces);
        var written = Typed(chatWords.Replace(pieces, fillers.Contains, keepUntil: InCode), unaccented);
        return corpus.Spelling.Correct(written, mixedTyping: !unaccented);
    }

    /// <summary>
    /// A word glued to its neighbour by "&amp;", "/" or "-" is part of a code ("GD&amp;ĐT", "157/QĐ-TTg"), not a chat
    /// abbreviation: it is kept as written.
    /// </summary>
    private static int? InCode(IReadOnlyList<TextPiece> pieces, int start, int end, PhraseTable.Phrase phrase) =>
        IsJoiner(pieces, start - 1) || IsJoiner(pieces, end) ? end : null;

    private static bool IsJoiner(IReadOnlyList<TextPiece> pieces, int i) =>
        i > 0 && i + 1 < pieces.Count && !pieces[i].IsWord && pieces[i].Text is "&" or "/" or "-" && pieces[i - 1].IsWord && pieces[i + 1].IsWord;

    /// <summary>
    /// Words put in for a message typed without diacritics are written without them too ("nq" → "nghi quyet"), so the
    /// message stays typed one way and what reads unaccented typing ("ai ky" = who signed) still applies.
    /// </summary>
    private static List<TextPiece> Typed(List<TextPiece> pieces, bool unaccented) =>
        unaccented ? [.. pieces.Select(p => p.IsWord ? p with { Text = VietnameseText.Fold(p.Text) } : p)] : pieces;

    /// <summary>The sentences that ask something, with greetings, politeness, hearsay openers and personal context left out.</summary>
    private (List<List<TextPiece>> Sentences, SmallTalkKind? SmallTalk) QuestionSentences(List<TextPiece> pieces)
    {
        var sentences = Sentences(pieces);
        var anyQuestionMark = sentences.Count > 1 && sentences.Any(s => s.Any(p => p.EndsQuestion));
        SmallTalkKind? smallTalk = null;
        var kept = new List<List<TextPiece>>();
        var hearsayOnly = new List<bool>();
        foreach (var sentence in sentences)
        {
            var words = sentence.Count(p => p.IsWord);
            var withoutAbout = aboutAssistant.Replace(sentence);
            var withoutThanks = thanks.Replace(withoutAbout);
            var withoutGreeting = greetings.Replace(withoutThanks);
            var stripped = politeness.Replace(withoutGreeting);
            if (!stripped.Any(p => p.IsWord))
            {
                smallTalk = Strongest(smallTalk, Count(withoutAbout) < words ? SmallTalkKind.AboutAssistant
                    : Count(withoutThanks) < Count(withoutAbout) ? SmallTalkKind.Thanks
                    : SmallTalkKind.Greeting);
                continue;
            }

            if (!anyQuestionMark || sentence.Any(p => p.EndsQuestion))
            {
                stripped = WithoutContextClauses(stripped);
            }

            var hearsay = AfterHearsay(stripped);
            var asks = QuestionTypeDetector.IsQuestion(TextPiece.Join(stripped)) || sentence.Any(p => p.EndsQuestion);
            // Personal context is left out; so is any sentence that asks nothing when another one asks ("?"), and a
            // context sentence beside a question even when a word of it looks like one ("mấy thầy cô").
            var context = StartsWith(contextOpeners, stripped);
            var asked = sentence.Any(p => p.EndsQuestion);
            if (hearsay is null && ((!asks && (anyQuestionMark || context)) || (anyQuestionMark && context && !asked)))
            {
                continue;
            }

            kept.Add(hearsay ?? stripped);
            hearsayOnly.Add(hearsay is not null && !asked);
        }

        // Beside a sentence that asks ("?"), what someone said without asking is background, not a question of its own.
        if (kept.Where((_, i) => !hearsayOnly[i]).Any(s => s.Any(p => p.EndsQuestion)))
        {
            kept = [.. kept.Where((_, i) => !hearsayOnly[i])];
        }

        if (kept.Count == 0 && smallTalk is null)
        {
            // Only personal context: read it as the question rather than answer nothing.
            kept.AddRange(sentences.Select(s => politeness.Replace(greetings.Replace(s))).Where(s => s.Any(p => p.IsWord)));
        }

        return (kept, smallTalk);
    }

    /// <summary>
    /// A sentence that opens with personal context and asks in a later comma clause ("Nhà mình ở Lạng Sơn, con học lớp 9,
    /// tỉnh có phổ biến … không?") without the clauses before the one that asks (or tells what someone said); any other
    /// sentence as it is.
    /// </summary>
    private List<TextPiece> WithoutContextClauses(List<TextPiece> sentence)
    {
        if (!StartsWith(contextOpeners, sentence))
        {
            return sentence;
        }

        var start = 0;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence[i].IsWord || !sentence[i].Text.Contains(','))
            {
                continue;
            }

            var clause = sentence[start..i];
            if (Asks(clause) || Enumerable.Range(0, clause.Count).Any(j => hearsayOpeners.Match(clause, j) is not null))
            {
                break;
            }

            start = i + 1;
        }

        var rest = sentence.Skip(start).SkipWhile(p => !p.IsWord).ToList();
        var asks = QuestionTypeDetector.IsQuestion(TextPiece.Join(rest)) || rest.Any(p => p.EndsQuestion);
        return start > 0 && ContentTerms(TextPiece.Join(rest)).Count > 0 && asks ? rest : sentence;
    }

    private static SmallTalkKind Strongest(SmallTalkKind? current, SmallTalkKind found) =>
        current is null ? found : (SmallTalkKind)Math.Max((int)current.Value, (int)found);

    private static int Count(IReadOnlyList<TextPiece> pieces) => pieces.Count(p => p.IsWord);

    /// <summary>The claim after a hearsay opener ("có người nói … là X" → "X"), or null when there is none.</summary>
    private List<TextPiece>? AfterHearsay(List<TextPiece> sentence)
    {
        var end = -1;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (hearsayOpeners.Match(sentence, i) is { } found)
            {
                // The claim follows the last opener close behind another ("trên nhóm Zalo có người nói … là X" → "X");
                // further on, an opener's words are the claim's own ("nghe nói phải có người phát ngôn").
                if (end >= 0 && Count(sentence[end..i]) > ChainedOpenerReach)
                {
                    break;
                }

                end = found.End;
                i = found.End - 1;
            }
        }

        if (end < 0)
        {
            return null;
        }

        var rest = sentence.Skip(end).SkipWhile(p => !p.IsWord).ToList();
        // "… có người nói trên Facebook là X": after a place, the claim starts behind the "là"/"rằng" close by (but in
        // "có người nói QĐ 157 là do …" the "là" belongs to the claim).
        var words = rest.Select((p, i) => (p, i)).Where(t => t.p.IsWord).Take(HearsayReach).ToList();
        var that = words.FirstOrDefault(t => VietnameseText.Fold(t.p.Text).ToLowerInvariant() is "la" or "rang");
        var afterPlace = words.Count > 0 && VietnameseText.Fold(words[0].p.Text).ToLowerInvariant() is "tren" or "o" or "trong" or "tai";
        if (that.p.IsWord && (afterPlace || that.i == words[0].i))
        {
            rest = rest.Skip(that.i + 1).ToList();
        }

        // The numbers of a rumour are what it gets wrong ("5 năm một lần"); the documents' own numbers answer it. A
        // document's number ("QĐ 157") stays.
        rest = rest.Where((p, i) => !p.IsWord || !p.Text.All(char.IsDigit) || NumbersDocument(rest, i)).ToList();
        return rest.Any(p => p.IsWord) ? rest : null;
    }

    private static bool NumbersDocument(List<TextPiece> pieces, int index)
    {
        var before = pieces.Take(index).Where(p => p.IsWord).TakeLast(3).Select(p => p.Text);
        return DocumentReference.IsMatch(string.Join(" ", before.Append(pieces[index].Text)));
    }

    private static bool StartsWith(PhraseTable table, List<TextPiece> sentence)
    {
        var first = sentence.FindIndex(p => p.IsWord);
        return first >= 0 && table.Match(sentence, first) is not null;
    }

    private static List<List<TextPiece>> Sentences(List<TextPiece> pieces)
    {
        var sentences = new List<List<TextPiece>>();
        var current = new List<TextPiece>();
        foreach (var piece in pieces)
        {
            current.Add(piece);
            if (piece.EndsSentence)
            {
                sentences.Add(current);
                current = [];
            }
        }

        if (current.Any(p => p.IsWord))
        {
            sentences.Add(current);
        }

        return sentences.Where(s => s.Any(p => p.IsWord)).ToList();
    }

    /// <summary>A province named only in the left-out context is added back, so the search still reads it.</summary>
    private string WithProvinces(string question, IReadOnlyList<ProvinceMention> mentions)
    {
        var named = provinces.FindIn(question).Select(m => m.Province.Slug).ToHashSet(StringComparer.Ordinal);
        var missing = mentions.Where(m => !named.Contains(m.Province.Slug)).Select(m => m.MatchedName).Distinct().ToList();
        return missing.Count == 0 ? question : $"{question.TrimEnd('?', ' ')} ở {string.Join(", ", missing)}?";
    }

    /// <summary>
    /// The questions to answer one by one: each question of the message ("…, và …?" split where both sides ask
    /// something), or one per compared province; a part that names no document or province gets those of the first.
    /// </summary>
    private List<string> Parts(List<List<TextPiece>> sentences, IReadOnlyList<ProvinceMention> mentions, CorpusState corpus)
    {
        var parts = sentences.SelectMany(s => Split(s, corpus)).Select(TextPiece.Join).Where(p => ContentTerms(p).Count > 0).ToList();
        if (parts.Count == 0)
        {
            return [WithProvinces(string.Join(" ", sentences.Select(TextPiece.Join)), mentions)];
        }

        if (parts.Count == 1)
        {
            // Each compared province is asked on its own, one without a plan too: its part is refused as such.
            var compared = mentions.DistinctBy(m => m.Province.Slug).ToList();
            if (compared.Count > 1 && compared.Any(m => corpus.Provinces.Contains(m.Province.Slug)))
            {
                return [.. compared.Select(m => OneProvince(parts[0], m))];
            }
        }

        // Provinces named only in the left-out context go with the first part; those another part names stay there.
        var asked = provinces.FindIn(string.Join(" ", parts)).Select(m => m.Province.Slug).ToHashSet(StringComparer.Ordinal);
        var contextOnly = mentions.Where(m => !asked.Contains(m.Province.Slug)).ToList();
        var anchors = Anchors(parts[0], mentions);
        return [.. parts.Select((part, i) => WithProvinces(i == 0 || Anchored(part) ? part : $"{part.TrimEnd('?', ' ')} {anchors}", i == 0 ? contextOnly : []))];
    }

    private bool Anchored(string part) => provinces.FindIn(part).Count > 0 || DocumentReference.IsMatch(part);

    private string Anchors(string first, IReadOnlyList<ProvinceMention> mentions) =>
        string.Join(" ", DocumentReference.Matches(first).Select(m => m.Value).Concat(mentions.Select(m => m.MatchedName)).Distinct(StringComparer.Ordinal));

    /// <summary>The compared question asked of one province: the others' names and the comparison words left out.</summary>
    private string OneProvince(string question, ProvinceMention keep)
    {
        var text = question;
        foreach (var other in provinces.FindIn(question).Where(m => m.Province.Slug != keep.Province.Slug).OrderByDescending(m => m.Position))
        {
            text = text.Remove(other.Position, other.Length);
        }

        var pieces = comparisonCues.Replace(TextPiece.Split(text));
        var joined = TextPiece.Join(pieces);
        return provinces.FindIn(joined).Any(m => m.Province.Slug == keep.Province.Slug) ? joined : $"{joined.TrimEnd('?', ' ')} ở {keep.MatchedName}?";
    }

    /// <summary>A sentence split at "và"/"còn" (or a comma) where both sides ask something and the words around are no phrase of the documents.</summary>
    private static IEnumerable<List<TextPiece>> Split(List<TextPiece> sentence, CorpusState corpus)
    {
        for (var i = 1; i < sentence.Count - 1; i++)
        {
            var piece = sentence[i];
            // "và" between words the documents join ("nhiệm vụ và giải pháp") splits only before a question of its own.
            var isConjunction = piece.IsWord && Conjunctions.Contains(piece.Text.ToLowerInvariant())
                && (!InPhrase(sentence, i, corpus.Vocabulary) || ContentTerms(TextPiece.Join(sentence[(i + 1)..])).Count >= MinCommaPartTerms);
            var isComma = !piece.IsWord && piece.Text.Contains(',')
                && !(i + 1 < sentence.Count && sentence[i + 1].IsWord && Conjunctions.Contains(sentence[i + 1].Text.ToLowerInvariant()))
                && !ListsOn(sentence, i, corpus.Vocabulary);
            if (!isConjunction && !isComma)
            {
                continue;
            }

            var left = sentence.Take(i).ToList();
            var right = sentence.Skip(i + 1).SkipWhile(p => !p.IsWord).ToList();
            // A bare comma splits only before a short question with a subject of its own ("…, bên nào phụ trách?"),
            // not before a rider on the first ("…, ký ngày nào?").
            if (isComma && (Count(right) > MaxCommaPartWords || ContentTerms(TextPiece.Join(right)).Count < MinCommaPartTerms))
            {
                continue;
            }

            if (Asks(left) && Asks(right))
            {
                return [left, .. Split(right, corpus)];
            }
        }

        return [sentence];
    }

    /// <summary>True when a side of a split asks something by its words (a question mark alone does not make a question of "chuyên mục?").</summary>
    private static bool Asks(List<TextPiece> side)
    {
        var text = TextPiece.Join(side).Replace("?", string.Empty, StringComparison.Ordinal);
        return QuestionTypeDetector.IsQuestion(text) && ContentTerms(text).Count > 0;
    }

    /// <summary>True when the words on both sides of a comma also stand together in the documents: a list ("nhiệm vụ, giải pháp").</summary>
    private static bool ListsOn(List<TextPiece> sentence, int comma, CorpusVocabulary vocabulary) =>
        comma > 0 && comma + 1 < sentence.Count && sentence[comma - 1].IsWord && sentence[comma + 1].IsWord
        && vocabulary.HasPair(sentence[comma - 1].Text.ToLowerInvariant(), sentence[comma + 1].Text.ToLowerInvariant());

    private static bool InPhrase(List<TextPiece> sentence, int i, CorpusVocabulary vocabulary)
    {
        var word = sentence[i].Text.ToLowerInvariant();
        var before = i >= 2 && sentence[i - 2].IsWord ? sentence[i - 2].Text.ToLowerInvariant() : null;
        var after = i + 2 < sentence.Count && sentence[i + 2].IsWord ? sentence[i + 2].Text.ToLowerInvariant() : null;
        return before is not null && after is not null && vocabulary.HasPair(before, word) && vocabulary.HasPair(word, after);
    }

    private bool IsEnglish(string text)
    {
        // Codes and acronyms ("QĐ", "TTg") are left out: they are the same in both languages.
        var words = TextPiece.Split(text).Where(p => p.IsWord && p.Text.All(char.IsLetter) && !p.Text.Skip(1).Any(char.IsUpper)).Select(p => p.Text.ToLowerInvariant()).ToList();
        return words.Count >= 3 && VietnameseText.IsUnaccented(string.Concat(words)) && words.Count(w => englishWords.Contains(EnglishStem.Of(w))) >= EnglishShare * words.Count;
    }

    /// <summary>The English question in the documents' Vietnamese, and the share of its words the glossary knew.</summary>
    private (string Vietnamese, double KnownShare) FromEnglish(string text)
    {
        // Commas do not matter to the search, and they would cut "Ministry of Culture, Sports and Tourism".
        var pieces = TextPiece.Split(WordHyphen.Replace(text.Replace(",", " ", StringComparison.Ordinal), " "));
        var stems = pieces.Select(p => p.IsWord ? p with { Text = EnglishStem.Of(p.Text) } : p).ToList();
        var words = new List<string>();
        int known = 0, unknown = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (!pieces[i].IsWord)
            {
                continue;
            }

            var word = pieces[i].Text;
            if (english.Match(stems, i) is { } found)
            {
                words.Add(found.Phrase.Replacement);
                known += found.Phrase.Words.Length;
                i = found.End - 1;
            }
            else if (englishStopWords.Contains(stems[i].Text) && !(char.IsUpper(word[0]) && provinceWords.Contains(VietnameseText.Fold(word).ToLowerInvariant())))
            {
                continue;
            }
            else if (char.IsUpper(word[0]) || word.Any(char.IsDigit) || !VietnameseText.IsUnaccented(word))
            {
                // Names (Hai Phong), numbers and document codes (157/QĐ-TTg) are kept as written; a capitalised word
                // counts as understood only when it is part of a province's name or a code, not any name (University).
                words.Add(i + 2 < pieces.Count && pieces[i + 1].Text is "/" or "-" ? word + pieces[i + 1].Text : word);
                var understood = word.Any(char.IsDigit) || word.Skip(1).Any(char.IsUpper) || provinceWords.Contains(VietnameseText.Fold(word).ToLowerInvariant());
                known += understood ? 1 : 0;
                unknown += understood ? 0 : 1;
            }
            else
            {
                // A word the glossary cannot translate counts against the share understood, but is not searched: as
                // English it matches nothing, and read as Vietnamese it would be "corrected" into a wrong word ("box").
                unknown++;
            }
        }

        var total = known + unknown;
        return (string.Join(' ', words).Replace("/ ", "/", StringComparison.Ordinal).Replace("- ", "-", StringComparison.Ordinal), total == 0 ? 0 : known / (double)total);
    }

    /// <summary>Builds what depends on the indexed documents now, so no question pays for it (see <see cref="ICorpusTables"/>).</summary>
    internal void PrepareCorpus() => Corpus();

    /// <summary>What depends on the indexed documents, rebuilt when the index is replaced.</summary>
    private CorpusState Corpus()
    {
        var documents = retriever.Documents;
        var current = state;
        if (current is not null && ReferenceEquals(current.Documents, documents))
        {
            return current;
        }

        current = new CorpusState(documents, lexicon, knownWords);
        state = current;
        return current;
    }

    private sealed class CorpusState
    {
        public CorpusState(IReadOnlyList<ParsedDocument> documents, QuestionLexicon lexicon, IReadOnlySet<string> knownWords)
        {
            Documents = documents;
            Vocabulary = new CorpusVocabulary(documents);
            Spelling = new SpellingCorrector(Vocabulary, knownWords);
            Provinces = documents.Select(d => d.Info.Province).OfType<string>().ToHashSet(StringComparer.Ordinal);
            Terms = lexicon.Thesaurus.Select(e => e.Term).ToList();
            // A variant the documents also use ("tập huấn") stays, with the term added after it; others are replaced.
            Thesaurus = new PhraseTable(
                lexicon.Thesaurus.SelectMany(e => e.Variants.Select(v => (v, InDocuments(v) ? $"{v} {e.Term}" : e.Term, (string?)null))),
                matchUnaccented: true);
            termStarts = new PhraseTable(Terms.Select(t => (t, t, (string?)null)), matchUnaccented: true);
        }

        private readonly PhraseTable termStarts;

        public IReadOnlyList<ParsedDocument> Documents { get; }

        public CorpusVocabulary Vocabulary { get; }

        public SpellingCorrector Spelling { get; }

        public PhraseTable Thesaurus { get; }

        public IReadOnlySet<string> Provinces { get; }

        private List<string> Terms { get; }

        /// <summary>
        /// When the words at <paramref name="start"/> already are a term at least as long as the variant found there
        /// ("mạng xã hội" is not "mạng" + more; "khen thưởng" is not "khen" + "thưởng"), the index after the term.
        /// </summary>
        public int? TermEnd(IReadOnlyList<TextPiece> pieces, int start, int end, PhraseTable.Phrase variant) =>
            termStarts.Match(pieces, start) is { } term && term.Phrase.Words.Length >= variant.Words.Length ? term.End : null;

        private bool InDocuments(string phrase)
        {
            var words = VietnameseAnalyzer.Tokenize(phrase.ToLowerInvariant());
            return words.Count == 1 ? Vocabulary.Contains(words[0]) : words.Zip(words.Skip(1)).All(p => Vocabulary.HasPair(p.First, p.Second));
        }
    }
}
