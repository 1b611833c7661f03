using Assistant.Core.Documents;
using Assistant.Core.Monitoring;

namespace Assistant.Monitoring.Claims;

/// <summary>A passage of an official document that a reason quotes, with the name the reason gives the document.</summary>
internal sealed record OfficialSource(DocumentInfo Document, Passage Passage)
{
    /// <summary>"Kế hoạch của UBND thành phố Cần Thơ, mục II.2.a": the short title (or title) and the section.</summary>
    public string Name => string.IsNullOrWhiteSpace(Passage.Section)
        ? Document.ShortTitle ?? Document.Title
        : $"{Document.ShortTitle ?? Document.Title}, mục {Passage.Section}";

    /// <summary>The passage as the Scored post JSON lists it.</summary>
    public OfficialPassage ToOfficialPassage() => new(Passage.DocId, Passage.Section, Passage.Text);
}
