using Assistant.Answering.Referral;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Tests.Referral;

public sealed class ReferralOptionsValidatorTests
{
    [Fact]
    public void Referral_ConfiguredContact_IsAccepted()
    {
        using var services = AnsweringServices.Build([new("Referral:Contacts:can-tho:Phone", "(0292) 3 820 000"), new("Referral:Contacts:can-tho:Website", "https://sgddt.cantho.gov.vn")]);

        Assert.Equal("(0292) 3 820 000", services.GetRequiredService<IOptions<ReferralOptions>>().Value.Contacts["can-tho"].Phone);
    }

    [Theory]
    [InlineData("Referral:Contacts:can-tho-cu:Phone", "0292 000", "'can-tho-cu' is not a province slug")]
    [InlineData("Referral:Contacts:can-tho:Website", "sgddt.cantho.gov.vn", "Referral:Contacts:can-tho:Website must be an absolute http or https address")]
    [InlineData("Referral:Contacts:can-tho:Phone", "gọi Sở", "Referral:Contacts:can-tho:Phone may hold only digits")]
    public void Referral_BadContact_FailsNamingTheSetting(string setting, string value, string expected)
    {
        using var services = AnsweringServices.Build([new(setting, value)]);

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ReferralOptions>>().Value);

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }
}
