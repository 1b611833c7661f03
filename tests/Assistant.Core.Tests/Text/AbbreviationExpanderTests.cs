using Assistant.Core.Text;

namespace Assistant.Core.Tests.Text;

public sealed class AbbreviationExpanderTests
{
    [Theory]
    [InlineData("Sở GD&ĐT Hải Phòng", false, "Sở giáo dục và đào tạo Hải Phòng")]
    [InlineData("Sở GD&ĐT Hải Phòng", true, "Sở GD&ĐT giáo dục và đào tạo Hải Phòng")]
    [InlineData("BGD&ĐT và UBND", false, "bộ giáo dục và đào tạo và ủy ban nhân dân")]
    public void Expand_OverlappingAbbreviations_ExpandEachWordOnce(string text, bool keepAbbreviation, string expected)
    {
        Assert.Equal(Words(expected), Words(AbbreviationExpander.Expand(text, keepAbbreviation)));
    }

    private static string[] Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
