namespace Assistant.Core.Lexicon;

/// <summary>A small English–Vietnamese glossary that lets the search read a simple English question.</summary>
/// <param name="MinKnownShare">Below this share of its words known to the glossary, an English question is refused.</param>
/// <param name="StopWords">English words with no search meaning ("the", "of").</param>
/// <param name="Phrases">English word groups (lower case) and their Vietnamese in the documents' terms.</param>
/// <param name="Preface">The English sentence put before the quoted Vietnamese answer.</param>
/// <param name="Refusal">The refusal in English and Vietnamese when the glossary does not understand the question.</param>
public sealed record EnglishGlossary(
    double MinKnownShare,
    IReadOnlyList<string> StopWords,
    IReadOnlyDictionary<string, string> Phrases,
    string Preface,
    string Refusal);
