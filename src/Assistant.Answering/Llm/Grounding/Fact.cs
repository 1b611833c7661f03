namespace Assistant.Answering.Llm.Grounding;

/// <summary>A fact stated in an answer that must appear in a cited passage.</summary>
/// <param name="Kind">What kind of fact.</param>
/// <param name="Text">As written in the answer (for the fallback reason).</param>
/// <param name="Key">Canonical form compared with the passages.</param>
public sealed record Fact(FactKind Kind, string Text, string Key)
{
    /// <summary>The fallback reason when the fact is in no cited passage, e.g. "ungrounded-number: 50%".</summary>
    public string UngroundedReason => Kind switch
    {
        FactKind.Number or FactKind.Percent => "ungrounded-number: " + Text,
        FactKind.Date => "ungrounded-date: " + Text,
        FactKind.DocumentNumber => "ungrounded-document-number: " + Text,
        _ => "ungrounded-name: " + Text,
    };
}
