using Assistant.Review.Insights;

namespace Assistant.Review.Tests.Insights;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("gọi 0912345678 nhé", "gọi *** nhé")]
    [InlineData("sđt +84 912 345 678", "sđt ***")]
    [InlineData("mail lan.nguyen@example.vn ạ", "mail *** ạ")]
    [InlineData("mã hồ sơ 12345678", "mã hồ sơ ***")]
    public void Apply_PersonalData_Masked(string text, string expected) => Assert.Equal(expected, PersonalDataMask.Apply(text));

    [Theory]
    [InlineData("giai đoạn 2026 - 2030 đạt 100%")]
    [InlineData("Quyết định 157/QĐ-TTg ngày 20/01/2026")]
    public void Apply_DocumentNumbersAndDates_Kept(string text) => Assert.Equal(text, PersonalDataMask.Apply(text));
}
