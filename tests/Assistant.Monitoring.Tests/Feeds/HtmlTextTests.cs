using System.Text;
using Assistant.Monitoring.Feeds;

namespace Assistant.Monitoring.Tests.Feeds;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Sở <b>Giáo dục</b> và <i>Đào tạo</i></p>", "Sở Giáo dục và Đào tạo")]
    [InlineData("Học phí &amp; lệ phí &#273;&#432;&#7907;c gi&#7919; nguy&ecirc;n", "Học phí & lệ phí được giữ nguyên")]
    [InlineData("năm&nbsp;học&#160;2026\u00AD–\u200B2027", "năm học 2026–2027")]
    [InlineData("&lt;b&gt; là thẻ in đậm", "<b> là thẻ in đậm")]
    [InlineData("Tin<script type=\"text/javascript\">var x = '<p>';</script> chính<style>p { color: red }</style><!-- <p>ẩn</p> -->", "Tin chính")]
    [InlineData("Dòng một<br/>Dòng hai<br>Dòng ba", "Dòng một\nDòng hai\nDòng ba")]
    [InlineData("<p>Đoạn một.</p>\n\n\n<p>  Đoạn   hai. </p>", "Đoạn một.\n\nĐoạn hai.")]
    [InlineData("<ul><li>Mục một</li><li>Mục hai</li></ul>", "Mục một\nMục hai")]
    [InlineData("<a href=\"https://moet.gov.vn\">Bộ GD&amp;ĐT</a><img src=\"a.png\" alt=\"ảnh\">", "Bộ GD&ĐT")]
    [InlineData("Điểm chuẩn 2026 < 30 và > 15", "Điểm chuẩn 2026 < 30 và > 15")]
    [InlineData("   ", "")]
    public void ToPlainText_Html_ReturnsReadableText(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Fact]
    public void ToPlainText_DecomposedVietnamese_ReturnsNfc()
    {
        const string text = "<p>Nghị quyết về đột phá phát triển giáo dục và đào tạo</p>";

        var plain = HtmlText.ToPlainText(text.Normalize(NormalizationForm.FormD));

        Assert.Equal("Nghị quyết về đột phá phát triển giáo dục và đào tạo".Normalize(NormalizationForm.FormC), plain);
        Assert.True(plain.IsNormalized(NormalizationForm.FormC));
    }
}
