namespace Assistant.Evaluation.Qa;

/// <summary>Where the answer to a gold question is: a document and a phrase of it.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Text">A phrase the relevant passage contains.</param>
public sealed record GoldEvidence(string? Doc, string? Text);
