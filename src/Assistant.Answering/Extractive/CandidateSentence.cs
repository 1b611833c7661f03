using Assistant.Core.Retrieval;

namespace Assistant.Answering.Extractive;

/// <summary>A sentence of a retrieved passage, scored as an answer to the question.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Hit">The passage it comes from.</param>
/// <param name="Score">How well it answers.</param>
/// <param name="Index">Its position among the sentences of the passage, from 0.</param>
public sealed record CandidateSentence(string Text, ScoredPassage Hit, double Score, int Index = 0);
