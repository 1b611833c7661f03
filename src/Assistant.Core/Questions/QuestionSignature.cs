namespace Assistant.Core.Questions;

/// <summary>
/// What a question is about, as the question understanding reads it: its folded content terms, each weighted by its
/// rarity in the documents, the kind of fact asked and the provinces it names. Two questions mean the same when their
/// signatures are similar. (Term pairs were tried as features too: on <c>eval/topic-groups.jsonl</c> they cost recall
/// more than they gave precision.)
/// </summary>
public sealed record QuestionSignature
{
    /// <summary>
    /// A signature of <paramref name="terms"/> and <paramref name="provinces"/> (slugs);
    /// <paramref name="weight"/> gives a feature's weight (1 for all when null); <paramref name="kind"/> the kind of fact
    /// asked (null or "General" when none in particular).
    /// </summary>
    public QuestionSignature(IReadOnlyList<string> terms, IEnumerable<string> provinces, Func<string, double>? weight = null, string? kind = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Features = terms.Distinct(StringComparer.Ordinal).ToDictionary(f => f, f => weight?.Invoke(f) ?? 1.0, StringComparer.Ordinal);
        Total = Features.Values.Sum();
        Provinces = provinces.ToHashSet(StringComparer.Ordinal);
        Kind = kind is null or "General" ? null : kind;
    }

    /// <summary>Content terms, with their weights.</summary>
    public IReadOnlyDictionary<string, double> Features { get; }

    /// <summary>Province slugs the question names.</summary>
    public IReadOnlySet<string> Provinces { get; }

    /// <summary>The kind of fact asked ("Who", "Date"…), or null.</summary>
    public string? Kind { get; }

    /// <summary>True when the question names nothing to compare (small talk, empty).</summary>
    public bool IsEmpty => Features.Count == 0;

    private double Total { get; }

    /// <summary>
    /// Weighted Dice coefficient of the features, from 0 to 1; 0 when both name provinces and none in common (the same
    /// question of another province is another question); halved when both ask a particular kind of fact and not the same.
    /// </summary>
    public double SimilarityTo(QuestionSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsEmpty || other.IsEmpty || (Provinces.Count > 0 && other.Provinces.Count > 0 && !Provinces.Overlaps(other.Provinces)))
        {
            return 0;
        }

        var common = Features.Where(f => other.Features.ContainsKey(f.Key)).Sum(f => f.Value + other.Features[f.Key]);
        var dice = common / (Total + other.Total);
        return Kind is not null && other.Kind is not null && Kind != other.Kind ? dice / 2 : dice;
    }
}
