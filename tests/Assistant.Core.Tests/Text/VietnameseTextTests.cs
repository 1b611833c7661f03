using System.Text;
using Assistant.Core.Text;

namespace Assistant.Core.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Văn hoá", "Văn hóa")]
    [InlineData("thuỷ lợi", "thủy lợi")]
    [InlineData("sức khoẻ", "sức khỏe")]
    [InlineData("Uỷ ban", "Ủy ban")]
    [InlineData("hoà bình", "hòa bình")]
    public void Normalize_OldAndNewTonePlacement_Agree(string oldStyle, string newStyle)
    {
        Assert.Equal(VietnameseText.Normalize(newStyle), VietnameseText.Normalize(oldStyle));
    }

    [Theory]
    [InlineData("quý")]
    [InlineData("hoàn thành")]
    [InlineData("toán học")]
    [InlineData("huyện")]
    public void Normalize_WordsWithoutTheAmbiguity_Unchanged(string text)
    {
        Assert.Equal(text, VietnameseText.Normalize(text));
    }

    [Fact]
    public void Normalize_DecomposedInput_BecomesComposed()
    {
        var nfd = "Nghị quyết giáo dục".Normalize(NormalizationForm.FormD);
        Assert.Equal("Nghị quyết giáo dục", VietnameseText.Normalize(nfd));
    }

    [Theory]
    [InlineData("Đào tạo", "Dao tao")]
    [InlineData("đột phá phát triển giáo dục", "dot pha phat trien giao duc")]
    [InlineData("Ủy ban nhân dân", "Uy ban nhan dan")]
    [InlineData("Lạng Sơn", "Lang Son")]
    public void Fold_RemovesEveryDiacritic_AndMapsDToD(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(text));
        Assert.Equal(expected, VietnameseText.Fold(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void MatchKey_IgnoresWhitespaceEmphasisAndCase()
    {
        Assert.Equal(VietnameseText.MatchKey("71-NQ/TW"), VietnameseText.MatchKey("**71-** \n\n NQ/tw"));
    }

    [Theory]
    [InlineData("nghi quyet 71", true)]
    [InlineData("nghị quyết 71", false)]
    public void IsUnaccented_TellsPlainKeyboardText(string text, bool expected)
    {
        Assert.Equal(expected, VietnameseText.IsUnaccented(text));
    }
}
