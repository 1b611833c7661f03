using Assistant.Core.Text;

namespace Assistant.Core.Tests.Text;

public sealed class VietnameseSyllableTests
{
    [Theory]
    [InlineData("tiền")]
    [InlineData("quyết")]
    [InlineData("người")]
    [InlineData("nghiêng")]
    [InlineData("giữ")]
    [InlineData("gì")]
    [InlineData("khuya")]
    [InlineData("hoạch")]
    [InlineData("tuyển")]
    [InlineData("Được")]
    [InlineData("ba")]
    [InlineData("oanh")]
    public void IsWellFormed_RealSyllables_True(string word) => Assert.True(VietnameseSyllable.IsWellFormed(word));

    [Theory]
    [InlineData("tieenf")]
    [InlineData("quyeets")]
    [InlineData("nàoo")]
    [InlineData("ad")]
    [InlineData("zalo")]
    [InlineData("facebook")]
    [InlineData("hs")]
    [InlineData("")]
    public void IsWellFormed_TypedKeysAndForeignWords_False(string word) => Assert.False(VietnameseSyllable.IsWellFormed(word));

    [Theory]
    [InlineData("hoàt")]
    [InlineData("bảc")]
    [InlineData("tìch")]
    public void IsWellFormed_ClosedRhymeWithFallingTone_False(string word) => Assert.False(VietnameseSyllable.IsWellFormed(word));

    [Theory]
    [InlineData("hoạt")]
    [InlineData("bắc")]
    [InlineData("tích")]
    public void IsWellFormed_ClosedRhymeWithRisingOrHeavyTone_True(string word) => Assert.True(VietnameseSyllable.IsWellFormed(word));
}
