using Assistant.Answering.Extractive;
using Assistant.Core.Retrieval;

namespace Assistant.Answering.Llm.Prompts;

/// <summary>
/// Picks the passages numbered into the prompt: the best <see cref="LlmOptions.MaxPassages"/> hits, leaving out any that
/// reads like instructions to the assistant, each cut to <see cref="LlmOptions.MaxPassageChars"/> at a word.
/// </summary>
public static class PromptPassageSelector
{
    private const string Ellipsis = " …";

    /// <summary>The numbered passages for <paramref name="search"/>.</summary>
    public static IReadOnlyList<PromptPassage> Select(SearchResult search, LlmOptions options) =>
        search.Hits
            .Where(hit => !PromptInjectionDetector.IsInjection(hit.Passage.Text))
            .Take(options.MaxPassages)
            .Select((hit, i) => new PromptPassage(i + 1, hit, Shorten(hit.Passage.Text.Trim(), options.MaxPassageChars)))
            .ToList();

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - Ellipsis.Length);
        return text[..(cut > 0 ? cut : max - Ellipsis.Length)] + Ellipsis;
    }
}
