namespace Assistant.Answering.Llm.Grounding;

/// <summary>A citation marker in a model answer: "[2]", "[1, 3]" or "[2-4]".</summary>
/// <param name="Index">Character offset of the opening bracket.</param>
/// <param name="Length">Length of the marker including brackets.</param>
/// <param name="Numbers">The passage numbers it cites, in the order written (ranges expanded).</param>
public sealed record CitationMarker(int Index, int Length, IReadOnlyList<int> Numbers);
