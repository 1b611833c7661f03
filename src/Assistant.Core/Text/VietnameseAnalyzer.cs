using System.Text;

namespace Assistant.Core.Text;

/// <summary>
/// Turns Vietnamese text into index or query tokens: NFC and one tone placement, abbreviations expanded,
/// lower case, split into syllables (letters and digits), with a folded view for unaccented typing.
/// </summary>
public static class VietnameseAnalyzer
{
    /// <summary>Analyzes a document text (abbreviations kept and expanded).</summary>
    public static AnalyzedText Analyze(string text) => Analyze(text, isQuery: false);

    /// <summary>Analyzes a question: abbreviations are replaced by their full form.</summary>
    public static AnalyzedText AnalyzeQuery(string text) => Analyze(text, isQuery: true);

    private static AnalyzedText Analyze(string text, bool isQuery)
    {
        var expanded = AbbreviationExpander.Expand(text, keepAbbreviation: !isQuery).Replace("**", " ", StringComparison.Ordinal);
        var exact = Tokenize(expanded.ToLowerInvariant());
        var folded = exact.Select(VietnameseText.Fold).ToArray();
        return new AnalyzedText(exact, folded);
    }

    /// <summary>Splits lower-case normalised text into syllables; "%" stays a token of its own.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }

            Flush(current, tokens);
            if (c == '%')
            {
                tokens.Add("%");
            }
        }

        Flush(current, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }
}
