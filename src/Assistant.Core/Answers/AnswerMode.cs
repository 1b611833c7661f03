namespace Assistant.Core.Answers;

/// <summary>Values of the Answer JSON's <c>mode</c>.</summary>
public static class AnswerMode
{
    /// <summary>Sentences taken from the passages, no model.</summary>
    public const string Extractive = "extractive";

    /// <summary>Written by a language model from the passages and checked.</summary>
    public const string Llm = "llm";

    /// <summary>A published official answer of the education department.</summary>
    public const string Official = "official";
}
