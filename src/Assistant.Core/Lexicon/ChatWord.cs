namespace Assistant.Core.Lexicon;

/// <summary>A chat spelling or abbreviation ("ko", "dc", "bn") and the words it stands for.</summary>
/// <param name="Written">The forms people type, lower case; a form may be several words ("sở gd").</param>
/// <param name="Means">The words it stands for; empty when it only addresses the assistant ("ad").</param>
/// <param name="MeansAtEnd">What it stands for when it ends the question ("kh" = "không"), or null for <paramref name="Means"/>.</param>
public sealed record ChatWord(IReadOnlyList<string> Written, string Means, string? MeansAtEnd = null);
