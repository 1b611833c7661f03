namespace Assistant.Monitoring.Classification;

/// <summary>
/// How a post's text becomes a feature vector; saved with the model so scoring featurises exactly as training did.
/// Every block (words of the text with diacritics and of the folded text, character n-grams of the folded text by
/// default) is TF-IDF weighted and L2-normalised on its own, then the blocks are concatenated in one hashed space.
/// </summary>
public sealed record FeaturizerSettings
{
    /// <summary>The hashed space has 2^HashBits slots.</summary>
    public int HashBits { get; init; } = 19;

    /// <summary>Shortest character n-gram.</summary>
    public int CharNgramMin { get; init; } = 2;

    /// <summary>Longest character n-gram (0 turns character n-grams off).</summary>
    public int CharNgramMax { get; init; } = 3;

    /// <summary>
    /// The views whose character n-grams are features (among the views that are on). The folded view alone is the
    /// default: on ReINTEL it scores as well as both views with about half the terms per post.
    /// </summary>
    public CharNgramViews CharNgramViews { get; init; } = CharNgramViews.Folded;

    /// <summary>
    /// Only the first MaxTextLength characters of each view are featurised, cut after the last word that fits
    /// (0: the whole text). The meta features still read the whole text.
    /// </summary>
    public int MaxTextLength { get; init; }

    /// <summary>Adds word (syllable) bigrams to the unigrams.</summary>
    public bool WordBigrams { get; init; } = true;

    /// <summary>Features from the lower-cased text with its diacritics.</summary>
    public bool AccentedView { get; init; } = true;

    /// <summary>Features from the folded text (no diacritics, đ→d).</summary>
    public bool FoldedView { get; init; } = true;

    /// <summary>Features seen in fewer training posts are dropped.</summary>
    public int MinDocumentFrequency { get; init; } = 2;

    /// <summary>Term frequency as 1 + ln(tf) instead of tf.</summary>
    public bool SublinearTf { get; init; } = true;

    /// <summary>Weights terms by inverse document frequency.</summary>
    public bool UseIdf { get; init; } = true;

    /// <summary>Weight of the meta features block (length, capitals, "!", URLs, hashtags, digits…); 0 turns it off.</summary>
    public float MetaWeight { get; init; } = 1f;

    /// <summary>The hashed space size.</summary>
    internal int HashSize => 1 << HashBits;

    /// <summary>The vector length: hashed space plus the meta slots.</summary>
    internal int Dimension => HashSize + MetaFeatures.Count;
}
