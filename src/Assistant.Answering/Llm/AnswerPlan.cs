using Assistant.Answering.Llm.Prompts;
using Assistant.Core.Answers;
using Assistant.Core.Retrieval;

namespace Assistant.Answering.Llm;

/// <summary>What one question needs before the model is asked: the search, the extractive answer, the numbered passages.</summary>
/// <param name="Search">The one search made for the question.</param>
/// <param name="Extractive">The extractive answer (or refusal) from the same search: the fallback.</param>
/// <param name="Passages">Passages numbered into the prompt.</param>
/// <param name="Standing">When set, the answer to give without asking the model.</param>
public sealed record AnswerPlan(SearchResult Search, Answer Extractive, IReadOnlyList<PromptPassage> Passages, Answer? Standing);
