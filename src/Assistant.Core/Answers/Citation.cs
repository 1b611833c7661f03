namespace Assistant.Core.Answers;

/// <summary>A passage an answer rests on, as shown to the citizen.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Section">Section path.</param>
/// <param name="Title">Document title.</param>
/// <param name="Text">The passage text.</param>
public sealed record Citation(string Doc, string Section, string Title, string Text)
{
    /// <summary>A short name of the document ("Kế hoạch của UBND tỉnh Lạng Sơn"); the title when none is known.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>The heading trail above the passage, from the top of the document down ("III. TỔ CHỨC THỰC HIỆN", "1. Sở Văn hóa…").</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];
}
