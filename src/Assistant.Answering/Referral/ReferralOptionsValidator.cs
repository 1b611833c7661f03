using Assistant.Core.Provinces;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Referral;

/// <summary>
/// Checks <c>Referral:Contacts</c> at start: every key a province slug of <c>provinces.json</c>, every web page an
/// absolute http(s) address, every phone number made of digits and the usual separators. A bad entry is named.
/// </summary>
public sealed class ReferralOptionsValidator(ProvinceDirectory provinces) : IValidateOptions<ReferralOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ReferralOptions options)
    {
        var failures = new List<string>();
        foreach (var (slug, contact) in options.Contacts)
        {
            var setting = $"{ReferralOptions.SectionName}:Contacts:{slug}";
            if (provinces.Find(slug) is null)
            {
                failures.Add($"{setting}: '{slug}' is not a province slug of provinces.json (e.g. can-tho, lang-son).");
            }

            if (!string.IsNullOrWhiteSpace(contact.Website)
                && !(Uri.TryCreate(contact.Website, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
            {
                failures.Add($"{setting}:Website must be an absolute http or https address, not '{contact.Website}'.");
            }

            if (!string.IsNullOrWhiteSpace(contact.Phone) && !IsPhone(contact.Phone))
            {
                failures.Add($"{setting}:Phone may hold only digits, spaces and + . - ( ), not '{contact.Phone}'.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsPhone(string phone) =>
        phone.Any(char.IsAsciiDigit) && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '.' or '-' or '(' or ')');
}
