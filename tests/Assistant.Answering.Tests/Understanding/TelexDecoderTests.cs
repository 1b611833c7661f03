using Assistant.Answering.Understanding;

namespace Assistant.Answering.Tests.Understanding;

/// <summary>Telex keys left in a word.</summary>
public sealed class TelexDecoderTests
{
    [Theory]
    [InlineData("truyeenf", "truyền")]
    [InlineData("thoong", "thông")]
    [InlineData("quyeets", "quyết")]
    [InlineData("tieenf", "tiền")]
    [InlineData("ddaof", "đào")]
    [InlineData("nguwowif", "người")]
    public void Decodes_marks_and_tone(string typed, string expected) =>
        Assert.Equal(expected, TelexDecoder.Decode(typed));

    [Fact]
    public void A_word_without_telex_keys_is_not_decoded() => Assert.Null(TelexDecoder.Decode("kinh"));
}
