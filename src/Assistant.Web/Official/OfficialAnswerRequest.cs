using Assistant.Review.Official;

namespace Assistant.Web.Official;

/// <summary>Body of <c>POST /api/official-answers</c>.</summary>
public sealed class OfficialAnswerRequest
{
    /// <summary>The question answered.</summary>
    public string? Question { get; init; }

    /// <summary>The answer in plain Vietnamese.</summary>
    public string? Answer { get; init; }

    /// <summary>Province slug; a spokesperson's own when absent, national for an admin.</summary>
    public string? Province { get; init; }

    /// <summary>Passages cited, as <c>{"doc","section"}</c>; none for the department's own statement.</summary>
    public List<CitationRef>? Citations { get; init; }

    /// <summary>Other wordings of the question that get the same answer.</summary>
    public List<string>? Paraphrases { get; init; }

    /// <summary>The information-gap topic it closes.</summary>
    public string? TopicKey { get; init; }

    /// <summary>The workflow's input.</summary>
    public OfficialAnswerInput ToInput() => new(Question, Answer, Province, Citations, Paraphrases, TopicKey);
}
