using System.Text.Json.Serialization;

namespace Assistant.Core.Answers;

/// <summary>
/// The one answer shape every channel uses (DESIGN.md "Answer JSON"): the text, whether it is a refusal,
/// the citations it rests on and the passages retrieved.
/// </summary>
public sealed record Answer
{
    /// <summary>Caller's id for the question (the CLI's input line id), or null.</summary>
    public string? Id { get; init; }

    /// <summary>The question as asked.</summary>
    public required string Question { get; init; }

    /// <summary>The Vietnamese answer or refusal.</summary>
    [JsonPropertyName("answer")]
    public required string Text { get; init; }

    /// <summary>True when the documents do not answer the question.</summary>
    public bool Refused { get; init; }

    /// <summary>Why the question was refused (<see cref="RefusalReasons"/>), or null for an answer.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RefusalReason { get; init; }

    /// <summary><see cref="AnswerMode"/> value.</summary>
    public string Mode { get; init; } = AnswerMode.Extractive;

    /// <summary>The official answer served, when <see cref="Mode"/> is <c>official</c>; else null (and not written).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OfficialSource? Official { get; init; }

    /// <summary>Why a model answer was replaced by the extractive one, or null.</summary>
    public string? FallbackReason { get; init; }

    /// <summary>The passages the answer rests on, numbered in order from 1.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Top retrieved passages, best first.</summary>
    public IReadOnlyList<PassageResult> Passages { get; init; } = [];

    /// <summary>Time spent on the question inside the process, in milliseconds.</summary>
    public double ElapsedMs { get; init; }
}
