using Assistant.Core.Documents;
using Assistant.Core.Text;

namespace Assistant.Answering.Questions;

/// <summary>
/// How rare a folded term ("kinh") is in the passages of the documents: ln((N + 1) / (df + 1)) + 1, so
/// words every passage has ("thong") weigh little and the subject of a question weighs much.
/// </summary>
public sealed class TermRarity
{
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private readonly int passages;

    /// <summary>Counts the terms of every passage of <paramref name="documents"/>.</summary>
    public TermRarity(IReadOnlyList<ParsedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var passage in documents.SelectMany(d => d.Passages))
        {
            passages++;
            foreach (var feature in VietnameseAnalyzer.AnalyzeQuery(passage.Text).Folded.Distinct(StringComparer.Ordinal))
            {
                documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
            }
        }
    }

    /// <summary>The documents counted (the reader recounts when the index changes).</summary>
    public required IReadOnlyList<ParsedDocument> Documents { get; init; }

    /// <summary>The weight of <paramref name="feature"/>.</summary>
    public double Weight(string feature) => Math.Log((passages + 1.0) / (documentFrequency.GetValueOrDefault(feature) + 1.0)) + 1.0;
}
