namespace Assistant.Monitoring.Claims.Lexicon;

/// <summary>A level of issuing body (Bộ Chính trị, Quốc hội, Thủ tướng Chính phủ, Ủy ban nhân dân, Sở…).</summary>
/// <param name="Phrases">Its name and spellings.</param>
/// <param name="AgencyHead">The head word of the known agencies of this level ("Sở"), or null.</param>
/// <param name="Accepts">Names of other levels a post may give without being wrong ("Chính phủ" for the Prime Minister).</param>
internal sealed record IssuerLevel(CuePhrases Phrases, string? AgencyHead, IReadOnlySet<string> Accepts)
{
    /// <summary>The level's name.</summary>
    public string Name => Phrases.Name;

    /// <summary>True when a post naming <paramref name="claimed"/> for a document this level issued is not wrong.</summary>
    public bool Allows(IssuerLevel claimed) => claimed == this || Accepts.Contains(claimed.Name);
}
