using Assistant.Answering.Extractive;

namespace Assistant.Answering.Tests.Extractive;

public sealed class OfficeHoldersTests
{
    [Theory]
    [InlineData("Thủ tướng Chính phủ hiện nay là ai?", "thu tuong")]
    [InlineData("giam doc so giao duc va dao tao can tho la ai", "giam doc")]
    [InlineData("Ai là Phó Chủ tịch UBND tỉnh Lạng Sơn?", "pho chu tich")]
    [InlineData("Người phát ngôn của Sở GD&ĐT tên là gì?", "nguoi phat ngon")]
    public void AskedOffice_WhoHoldsAnOffice_NamesTheOffice(string question, string office)
    {
        Assert.Equal(office, OfficeHolders.AskedOffice(question));
    }

    [Theory]
    [InlineData("Ai ký Quyết định 157?")]
    [InlineData("Phó Chủ tịch nào ký kế hoạch của Lạng Sơn?")]
    [InlineData("Sở GD&ĐT báo cáo Thủ tướng Chính phủ khi nào?")]
    [InlineData("Cơ quan nào chủ trì xử lý thông tin sai lệch?")]
    public void AskedOffice_SignerOrOtherQuestions_IsNull(string question)
    {
        Assert.Null(OfficeHolders.AskedOffice(question));
    }

    [Theory]
    [InlineData("Thủ tướng hiện nay là ai?", true)]
    [InlineData("bo truong bay gio la ai", true)]
    [InlineData("Phó Thủ tướng ký Quyết định 157 là ai?", false)]
    public void AsksPresent_CurrentHolder_IsRecognised(string question, bool expected)
    {
        Assert.Equal(expected, OfficeHolders.AsksPresent(question));
    }

    [Theory]
    [InlineData("Phó Thủ tướng Lê Thành Long ký Quyết định số 157/QĐ-TTg", "pho thu tuong", true)]
    [InlineData("Phó Thủ tướng Lê Thành Long ký Quyết định số 157/QĐ-TTg", "thu tuong", false)]
    [InlineData("định kỳ báo cáo Thủ tướng Chính phủ; đánh giá hiệu quả truyền thông", "thu tuong", false)]
    [InlineData("Giám đốc các Sở: Giáo dục và Đào tạo, Ngoại vụ", "giam doc", false)]
    public void NamesHolder_OfficeFollowedByAName_OnlyThatOffice(string sentence, string office, bool expected)
    {
        Assert.Equal(expected, OfficeHolders.NamesHolder(sentence, office));
    }
}
