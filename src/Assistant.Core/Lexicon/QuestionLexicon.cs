using Assistant.Core.Text;

namespace Assistant.Core.Lexicon;

/// <summary>
/// The word lists the question-understanding stage reads, kept as data in <c>corpus/lexicon/</c> so that staff
/// can add to them: chat spellings (<c>chat-words.json</c>), the domain thesaurus (<c>thesaurus.json</c>), small-talk
/// cues (<c>small-talk.json</c>) and the English glossary (<c>english.json</c>). Loaded and validated at start.
/// </summary>
public sealed record QuestionLexicon(
    IReadOnlyList<ChatWord> ChatWords,
    IReadOnlyList<ThesaurusEntry> Thesaurus,
    SmallTalkCues SmallTalk,
    EnglishGlossary English)
{
    /// <summary>File of chat spellings.</summary>
    public const string ChatWordsFile = "chat-words.json";

    /// <summary>File of the domain thesaurus.</summary>
    public const string ThesaurusFile = "thesaurus.json";

    /// <summary>File of small-talk cues and replies.</summary>
    public const string SmallTalkFile = "small-talk.json";

    /// <summary>File of the English glossary.</summary>
    public const string EnglishFile = "english.json";

    /// <summary>Loads and validates the four files of <paramref name="directory"/>.</summary>
    /// <exception cref="LexiconFormatException">A file is missing or invalid; the message names the file and the entry.</exception>
    public static QuestionLexicon Load(string directory)
    {
        var chat = LexiconFile.Read<ChatWordsFileContent>(directory, ChatWordsFile).Words ?? [];
        var thesaurus = LexiconFile.Read<ThesaurusFileContent>(directory, ThesaurusFile).Entries ?? [];
        var smallTalk = LexiconFile.Read<SmallTalkFileContent>(directory, SmallTalkFile);
        var english = LexiconFile.Read<EnglishFileContent>(directory, EnglishFile);
        return new QuestionLexicon(
            ValidChatWords(chat),
            ValidThesaurus(thesaurus),
            ValidSmallTalk(smallTalk),
            ValidEnglish(english));
    }

    private static List<ChatWord> ValidChatWords(IReadOnlyList<ChatWord?> words)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var valid = new List<ChatWord>();
        for (var i = 0; i < words.Count; i++)
        {
            var entry = words[i];
            var label = $"{ChatWordsFile}: entry {i + 1}";
            if (entry is null || entry.Written is null || entry.Written.Count == 0 || entry.Means is null)
            {
                throw new LexiconFormatException($"{label}: needs \"written\" (at least one form) and \"means\".");
            }

            var written = new List<string>();
            foreach (var form in entry.Written)
            {
                var key = Key(form).ToLowerInvariant();
                if (key.Length == 0)
                {
                    throw new LexiconFormatException($"{label} (means \"{entry.Means}\"): a written form is empty.");
                }

                if (!seen.TryAdd(key, i + 1))
                {
                    throw new LexiconFormatException($"{label} (means \"{entry.Means}\"): the form \"{form}\" is already entry {seen[key]}.");
                }

                written.Add(key);
            }

            valid.Add(entry with { Written = written, Means = VietnameseText.Normalize(entry.Means.Trim()), MeansAtEnd = entry.MeansAtEnd is null ? null : VietnameseText.Normalize(entry.MeansAtEnd.Trim()) });
        }

        return valid;
    }

    private static List<ThesaurusEntry> ValidThesaurus(IReadOnlyList<ThesaurusEntry?> entries)
    {
        var terms = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var term = entries[i]?.Term is { } t ? Key(t) : string.Empty;
            if (term.Length == 0)
            {
                throw new LexiconFormatException($"{ThesaurusFile}: entry {i + 1}: \"term\" is missing or empty.");
            }

            if (!terms.TryAdd(term, i + 1))
            {
                throw new LexiconFormatException($"{ThesaurusFile}: entry {i + 1} (\"{entries[i]!.Term}\"): the term is already entry {terms[term]}.");
            }
        }

        var variants = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var valid = new List<ThesaurusEntry>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i]!;
            var label = $"{ThesaurusFile}: entry {i + 1} (\"{entry.Term}\")";
            if (entry.Variants is null || entry.Variants.Count == 0)
            {
                throw new LexiconFormatException($"{label}: needs at least one variant.");
            }

            foreach (var variant in entry.Variants)
            {
                var key = Key(variant ?? string.Empty);
                if (key.Length == 0)
                {
                    throw new LexiconFormatException($"{label}: a variant is empty.");
                }

                if (terms.TryGetValue(key, out var other))
                {
                    throw new LexiconFormatException(other == i + 1
                        ? $"{label}: the variant \"{variant}\" is the term itself."
                        : $"{label}: the variant \"{variant}\" is the term of entry {other}.");
                }

                if (!variants.TryAdd(key, i + 1))
                {
                    throw new LexiconFormatException($"{label}: the variant \"{variant}\" is already a variant of entry {variants[key]}.");
                }
            }

            valid.Add(new ThesaurusEntry(
                VietnameseText.Normalize(entry.Term.Trim()),
                [.. entry.Variants.Select(v => VietnameseText.Normalize(v.Trim()))]));
        }

        return valid;
    }

    private static SmallTalkCues ValidSmallTalk(SmallTalkFileContent file)
    {
        var replies = file.Replies;
        if (replies is null || string.IsNullOrWhiteSpace(replies.Greeting) || string.IsNullOrWhiteSpace(replies.Thanks) || string.IsNullOrWhiteSpace(replies.AboutAssistant))
        {
            throw new LexiconFormatException($"{SmallTalkFile}: \"replies\" needs \"greeting\", \"thanks\" and \"aboutAssistant\".");
        }

        return new SmallTalkCues(
            Phrases(file.Greetings, "greetings"),
            Phrases(file.Thanks, "thanks"),
            Phrases(file.AboutAssistant, "aboutAssistant"),
            Phrases(file.Politeness, "politeness"),
            Phrases(file.ContextOpeners, "contextOpeners"),
            Phrases(file.HearsayOpeners, "hearsayOpeners"),
            Phrases(file.ComparisonCues, "comparisonCues"),
            replies);
    }

    private static EnglishGlossary ValidEnglish(EnglishFileContent file)
    {
        if (file.MinKnownShare is < 0 or > 1)
        {
            throw new LexiconFormatException($"{EnglishFile}: \"minKnownShare\" must be between 0 and 1.");
        }

        if (string.IsNullOrWhiteSpace(file.Preface) || string.IsNullOrWhiteSpace(file.Refusal))
        {
            throw new LexiconFormatException($"{EnglishFile}: \"preface\" and \"refusal\" are required.");
        }

        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (english, vietnamese) in file.Phrases ?? new Dictionary<string, string>())
        {
            var key = string.Join(' ', english.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (key.Length == 0 || string.IsNullOrWhiteSpace(vietnamese))
            {
                throw new LexiconFormatException($"{EnglishFile}: phrase \"{english}\": both the English and the Vietnamese must be given.");
            }

            if (!phrases.TryAdd(key, VietnameseText.Normalize(vietnamese.Trim())))
            {
                throw new LexiconFormatException($"{EnglishFile}: phrase \"{english}\" is given twice.");
            }
        }

        return new EnglishGlossary(file.MinKnownShare, Phrases(file.StopWords, "stopWords"), phrases, file.Preface.Trim(), file.Refusal.Trim());
    }

    private static List<string> Phrases(IReadOnlyList<string?>? list, string name)
    {
        var phrases = new List<string>();
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            var key = Key(list![i] ?? string.Empty);
            if (key.Length == 0)
            {
                throw new LexiconFormatException($"{SmallTalkFile}: \"{name}\" item {i + 1} is empty.");
            }

            phrases.Add(key.ToLowerInvariant());
        }

        return phrases;
    }

    /// <summary>Normalised with single spaces; a thesaurus variant with a capital letter keeps its case (it matches only so).</summary>
    private static string Key(string phrase)
    {
        var words = VietnameseText.Normalize(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', words);
    }

    private sealed record ChatWordsFileContent(string? Description, IReadOnlyList<ChatWord?>? Words);

    private sealed record ThesaurusFileContent(string? Description, IReadOnlyList<ThesaurusEntry?>? Entries);

    private sealed record SmallTalkFileContent(
        string? Description,
        IReadOnlyList<string?>? Greetings,
        IReadOnlyList<string?>? Thanks,
        IReadOnlyList<string?>? AboutAssistant,
        IReadOnlyList<string?>? Politeness,
        IReadOnlyList<string?>? ContextOpeners,
        IReadOnlyList<string?>? HearsayOpeners,
        IReadOnlyList<string?>? ComparisonCues,
        SmallTalkReplies? Replies);

    private sealed record EnglishFileContent(
        string? Description,
        double MinKnownShare,
        IReadOnlyList<string?>? StopWords,
        IReadOnlyDictionary<string, string>? Phrases,
        string? Preface,
        string? Refusal);
}
