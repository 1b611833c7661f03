namespace Assistant.Core.JsonLines;

/// <summary>Why a non-blank line of a JSON Lines file gave no item.</summary>
public enum JsonLineProblem
{
    /// <summary>The line was read into an item.</summary>
    None,

    /// <summary>The line is not JSON, or not JSON of the item's shape.</summary>
    InvalidJson,

    /// <summary>The line is the JSON literal <c>null</c>.</summary>
    Null,
}
