using Assistant.Core.Text;

namespace Assistant.Answering.Understanding;

/// <summary>The question understanding's reading of chat writing (<see cref="QuestionUnderstanding.NormalizeWriting"/>) behind Core's port, for the monitor's posts.</summary>
public sealed class UnderstandingChatWriting(QuestionUnderstanding understanding) : IChatWriting
{
    /// <inheritdoc />
    public string WriteOut(string message) => understanding.NormalizeWriting(message);
}
