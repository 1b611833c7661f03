using Assistant.Core.Answers;
using Assistant.Core.Retrieval;

namespace Assistant.Answering;

/// <summary>Answers a question from passages already retrieved for it (no retrieval, no network).</summary>
public interface IPassageAnswerer
{
    /// <summary>The answer, or a polite refusal, built from <paramref name="search"/>'s passages.</summary>
    Answer AnswerFrom(string question, SearchResult search);
}
