using Assistant.Answering.Llm.Grounding;
using Assistant.Core.Configuration;
using Assistant.Core.Provinces;

namespace Assistant.Answering.Tests.Llm.Grounding;

public sealed class PersonNamesTests
{
    private static readonly PersonNames Names = new(ProvinceDirectory.Load(new CorpusOptions().ProvincesPath));

    [Theory]
    [InlineData("Phó Thủ tướng Lê Thành Long ký quyết định.", "Lê Thành Long")]
    [InlineData("Người ký là Y Ngọc.", "Y Ngọc")]
    [InlineData("Nguyễn Văn Khởi ký kế hoạch.", "Nguyễn Văn Khởi")]
    [InlineData("KT. CHỦ TỊCH Phó Chủ Tịch Trần Thanh Nhàn", "Trần Thanh Nhàn")]
    public void Find_NameAfterTitleOrAtStart_FindsTheName(string text, string name)
    {
        Assert.Equal([name], Names.Find(text).Select(f => f.Text).ToArray());
    }

    [Theory]
    [InlineData("Sở Giáo dục và Đào tạo thành phố Hà Nội trả lời.")]
    [InlineData("Bộ Chính trị ban hành Nghị quyết; Ủy ban nhân dân tỉnh Cao Bằng triển khai.")]
    [InlineData("UBND TP Hồ Chí Minh và tỉnh Lâm Đồng.")]
    [InlineData("Đoàn viên thanh niên tham gia.")]
    public void Find_InstitutionsAndPlaces_AreNotNames(string text)
    {
        Assert.Empty(Names.Find(text));
    }
}
