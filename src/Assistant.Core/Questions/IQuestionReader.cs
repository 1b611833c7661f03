namespace Assistant.Core.Questions;

/// <summary>Reads a citizen's question into its <see cref="QuestionSignature"/> through the question understanding (port; Answering implements it).</summary>
public interface IQuestionReader
{
    /// <summary>The signature of <paramref name="question"/>.</summary>
    QuestionSignature Read(string question);
}
