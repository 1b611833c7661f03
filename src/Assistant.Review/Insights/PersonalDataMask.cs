using System.Text.RegularExpressions;

namespace Assistant.Review.Insights;

/// <summary>Masks what could name a citizen in text shown to staff: phone numbers, e-mail addresses, long digit runs (ids).</summary>
public static partial class PersonalDataMask
{
    /// <summary><paramref name="text"/> with phone numbers, e-mail addresses and runs of 7 or more digits replaced by "***".</summary>
    public static string Apply(string text) => Sensitive().Replace(text, "***");

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+|(?<!\d)(\+84 ?|0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}(?!\d)|\d{7,}", RegexOptions.CultureInvariant)]
    private static partial Regex Sensitive();
}
