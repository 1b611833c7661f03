using Assistant.Core.Provinces;

namespace Assistant.Answering.Llm.Grounding;

/// <summary>
/// Checks a model answer before anyone reads it: every [n] names a passage that was given, at least one passage is
/// cited, and every number, percentage, date, document number and person's name it states is in a cited passage.
/// </summary>
public sealed class GroundingChecker
{
    private readonly PersonNames names;

    /// <summary>Creates the checker; <paramref name="provinces"/> keeps province names from being taken for people.</summary>
    public GroundingChecker(ProvinceDirectory? provinces = null) => names = new PersonNames(provinces);

    /// <summary>Checks <paramref name="answer"/> against the texts of the numbered passages (<paramref name="sources"/>[0] is [1]).</summary>
    public GroundingResult Check(string answer, IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(sources);
        if (string.IsNullOrWhiteSpace(answer))
        {
            return GroundingResult.Fail("empty-response", []);
        }

        var markers = CitationMarkers.Find(answer);
        var invalid = markers.FirstOrDefault(m => m.Numbers.Any(n => n < 1 || n > sources.Count));
        if (invalid is not null)
        {
            return GroundingResult.Fail("invalid-citation: " + answer.Substring(invalid.Index, invalid.Length), markers);
        }

        var cited = CitationMarkers.CitedInOrder(markers);
        if (cited.Count == 0)
        {
            return GroundingResult.Fail("no-citation", markers);
        }

        var evidence = FactText.Prepare(string.Join("\n", cited.Select(n => sources[n - 1])));
        var evidenceKeys = NumericFacts.EvidenceKeys(evidence);
        var prose = FactText.Prepare(CitationMarkers.Strip(answer, markers), keepCase: true);
        var facts = NumericFacts.Find(prose).Concat(names.Find(prose));
        var ungrounded = facts.FirstOrDefault(f => !IsSupported(f, evidence, evidenceKeys));
        return ungrounded is null
            ? new GroundingResult(null, markers, cited)
            : GroundingResult.Fail(ungrounded.UngroundedReason, markers);
    }

    private static bool IsSupported(Fact fact, string evidence, HashSet<string> evidenceKeys) => fact.Kind switch
    {
        FactKind.DocumentNumber or FactKind.Name => FactText.ContainsWhole(evidence, fact.Key),
        _ => evidenceKeys.Contains(fact.Key),
    };
}
