namespace Assistant.Answering.Llm.Resilience;

/// <summary>A model call that gave no usable answer; <see cref="Reason"/> is the Answer JSON's <c>fallbackReason</c>.</summary>
public sealed class LlmCallException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LlmCallException(string reason, Exception? innerException = null)
        : base($"The language model call failed: {reason}.", innerException) => Reason = reason;

    /// <summary>Short code-like reason: "timeout", "http-429", "circuit-open", "malformed-response"…</summary>
    public string Reason { get; }
}
