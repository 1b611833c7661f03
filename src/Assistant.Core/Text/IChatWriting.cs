namespace Assistant.Core.Text;

/// <summary>
/// Writes out how citizens type (teen code "ko", "dc", Telex leftovers, typos, "KH" for "kế hoạch") the way the
/// question understanding reads chat questions, so posts and questions are read by one component. Nothing is left out.
/// </summary>
public interface IChatWriting
{
    /// <summary>The message with chat writing and typos written out.</summary>
    string WriteOut(string message);
}
