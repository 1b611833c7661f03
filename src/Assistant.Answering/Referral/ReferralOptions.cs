namespace Assistant.Answering.Referral;

/// <summary>
/// Where a refused question is sent (<c>Referral</c> section): the education department of the province,
/// with its contact only when one is configured — the assistant never makes up a phone number.
/// </summary>
public sealed class ReferralOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Referral";

    /// <summary>Contacts by province slug ("can-tho").</summary>
    public Dictionary<string, DepartmentContact> Contacts { get; set; } = new(StringComparer.Ordinal);
}
