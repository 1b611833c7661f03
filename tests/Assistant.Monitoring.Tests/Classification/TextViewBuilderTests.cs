using System.Text;
using Assistant.Monitoring.Classification;

namespace Assistant.Monitoring.Tests.Classification;

public sealed class TextViewBuilderTests
{
    public static TheoryData<string> Texts { get; } =
    [
        "Thủy thủ hoá đơn khuyến mãi, thuỷ triều, quý khách, HOÀ BÌNH, Hoà, khoẻ, tuỳ",
        "NÓNG!!! Chia sẻ gấp 👉👉 <URL> #TưVấnMùaThi\n\n  Đường   ĐI",
        "Ω sign \u2126 and Å \u212B angstrom, ﬁ ligature, ½",
        "Tiếng Việt với chữ Hán 漢字 và 한국어 và русский текст",
        "emoji with selector ❤️ and zero\u200Bwidth\uFEFF soft\u00ADhyphen",
        "combining: Hoa\u0300 and tie\u0302\u0301ng (NFD pieces)",
        "",
        "   ",
        "a",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Build_AnyText_FastPathEqualsGenericNormalisation(string text)
    {
        foreach (var form in new[] { text, text.Normalize(NormalizationForm.FormC), text.Normalize(NormalizationForm.FormD) })
        {
            AssertSameViews(form);
        }
    }

    [Fact]
    public void Build_SamplePosts_FastPathEqualsGenericNormalisation()
    {
        foreach (var post in TestPosts.All)
        {
            AssertSameViews(post.Text);
            AssertSameViews(post.Text.Normalize(NormalizationForm.FormD));
        }
    }

    [Fact]
    public void Build_OldTonePlacement_MovedToFirstVowel()
    {
        var builder = new TextViewBuilder();

        builder.Build("Hoá đơn thuỷ lợi");

        Assert.Equal(" hóa đơn thủy lợi ", builder.Accented.ToString());
        Assert.Equal(" hoa don thuy loi ", builder.Folded.ToString());
    }

    private static void AssertSameViews(string text)
    {
        var fast = new TextViewBuilder();
        var generic = new TextViewBuilder();

        fast.Build(text);
        generic.Build(text, generic: true);

        Assert.Equal(generic.Normalized.ToString(), fast.Normalized.ToString());
        Assert.Equal(generic.Accented.ToString(), fast.Accented.ToString());
        Assert.Equal(generic.Folded.ToString(), fast.Folded.ToString());
        Assert.Equal(generic.ZeroWidthCount, fast.ZeroWidthCount);
    }
}
