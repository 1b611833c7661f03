namespace Assistant.Answering.Understanding;

/// <summary>
/// A light English stemmer for reading questions through the glossary: "ministries", "signed", "training", "country's"
/// are looked up as "ministry", "sign", "train", "country". Glossary entries and question words go through the same
/// rules, so a stem only has to be consistent, not a dictionary word.
/// </summary>
internal static class EnglishStem
{
    private const int MinStem = 3;

    /// <summary>The stem of one lower-case English word.</summary>
    public static string Of(string word)
    {
        var stem = word.ToLowerInvariant().Replace('’', '\'');
        if (stem.EndsWith("'s", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }

        stem = stem.TrimEnd('\'');
        var stripped = Suffixless(stem);
        if (stripped.Length < stem.Length && stripped.Length > MinStem && stripped[^1] == stripped[^2] && stripped[^1] is not ('l' or 's' or 'z' or 'f'))
        {
            // "planned" → "plann" → "plan".
            stripped = stripped[..^1];
        }

        return stripped.Length > MinStem && stripped[^1] == 'e' ? stripped[..^1] : stripped;
    }

    /// <summary>The words of an English phrase, each stemmed.</summary>
    public static string OfPhrase(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Of));

    private static string Suffixless(string word)
    {
        if (word.Length > MinStem + 2 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > MinStem && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        if (word.Length >= MinStem + 4 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        return word.Length >= MinStem + 2 && word.EndsWith("ed", StringComparison.Ordinal) ? word[..^2] : word;
    }
}
