using Assistant.Channels.Zalo;

namespace Assistant.Channels.Tests.Zalo;

public sealed class ZaloSignatureTests
{
    // sha256("app1" + "{\"a\":1}" + "1700000000000" + "secret") computed independently with Python's hashlib.
    private const string Known = "7922818691670026e446b17e14a82f7510bdf379925f456e4d6e6ec96a19c2ef";

    [Fact]
    public void Compute_KnownInput_MatchesIndependentHash() =>
        Assert.Equal(Known, ZaloSignature.Compute("app1", "{\"a\":1}", "1700000000000", "secret"));

    [Theory]
    [InlineData("mac=" + Known, true)]
    [InlineData(Known, true)]
    [InlineData("MAC=" + Known, true)]
    [InlineData("mac=0000", false)]
    [InlineData("", false)]
    public void Verify_HeaderForms_AcceptedOnlyWhenHashMatches(string header, bool expected) =>
        Assert.Equal(expected, ZaloSignature.Verify(header, "app1", "{\"a\":1}", "1700000000000", "secret"));
}
