using Assistant.Answering.Extractive;
using Assistant.Core.Answers;
using Assistant.Core.Retrieval;

namespace Assistant.Answering.Llm.Prompts;

/// <summary>A retrieved passage as numbered in the prompt: "[2] title — mục III.4.a", then its (possibly shortened) text.</summary>
/// <param name="Number">Its number in the prompt, from 1.</param>
/// <param name="Hit">The retrieved passage.</param>
/// <param name="Text">The text put in the prompt.</param>
public sealed record PromptPassage(int Number, ScoredPassage Hit, string Text)
{
    /// <summary>Document title and section.</summary>
    public string Heading => string.IsNullOrWhiteSpace(Hit.Passage.Section)
        ? Hit.Document.Title
        : $"{Hit.Document.Title} — mục {Hit.Passage.Section}";

    /// <summary>Exactly what the model reads for this passage; an answer citing it is checked against this.</summary>
    public string Rendered => $"[{Number}] {Heading}\n{Text}";

    /// <summary>The citation shown to the citizen (the full passage text).</summary>
    public Citation ToCitation() => CitationLabels.Cite(Hit);
}
