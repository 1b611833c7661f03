using Assistant.Core.Monitoring;
using Assistant.Core.Retrieval;

namespace Assistant.Review.Workflow;

/// <summary>
/// Where a matched passage may name the agency responsible for it: the passage's own opening words, then the headings
/// above it in its document, nearest first (from the index when one is registered).
/// </summary>
public sealed class PassageHeadings(IRetriever? retriever = null)
{
    /// <summary>The passage's text, then its headings from the nearest up.</summary>
    public IEnumerable<string> Of(OfficialPassage passage)
    {
        yield return passage.Text;
        var document = retriever?.Documents.FirstOrDefault(d => d.Info.Id == passage.Doc);
        var indexed = document?.Passages.Where(p => p.Section == passage.Section).ToList() ?? [];
        var match = indexed.FirstOrDefault(p => p.Text == passage.Text) ?? indexed.FirstOrDefault();
        if (match is null)
        {
            yield break;
        }

        for (var i = match.Headings.Count - 1; i >= 0; i--)
        {
            yield return match.Headings[i];
        }
    }
}
