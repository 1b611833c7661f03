namespace Assistant.Retrieval.Index;

/// <summary>Which view of the analysed text a field holds.</summary>
public enum TokenView
{
    /// <summary>Syllables with diacritics.</summary>
    Exact,

    /// <summary>Syllables without diacritics.</summary>
    Folded,

    /// <summary>Adjacent syllable pairs with diacritics.</summary>
    ExactBigrams,

    /// <summary>Adjacent syllable pairs without diacritics.</summary>
    FoldedBigrams,
}
