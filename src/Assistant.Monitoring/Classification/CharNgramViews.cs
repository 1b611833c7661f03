namespace Assistant.Monitoring.Classification;

/// <summary>The views of a post whose character n-grams are features (word features come from every view that is on).</summary>
[Flags]
public enum CharNgramViews
{
    /// <summary>No character n-grams.</summary>
    None = 0,

    /// <summary>The lower-cased text with its diacritics.</summary>
    Accented = 1,

    /// <summary>The folded text (no diacritics, đ→d).</summary>
    Folded = 2,

    /// <summary>Both views.</summary>
    Both = Accented | Folded,
}
