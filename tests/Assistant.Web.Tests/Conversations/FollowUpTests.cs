namespace Assistant.Web.Tests.Conversations;

public sealed class FollowUpTests(AppFixture fixture)
{
    private RunningApp App => fixture.App;

    [Fact]
    public async Task Chat_ProvinceFollowUp_AsksTheSameOfTheNewProvince()
    {
        var first = await App.AskAsync("Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch về giáo dục?");
        var id = first.GetProperty("conversationId").GetString();

        var followUp = await App.AskAsync("còn Hải Phòng thì sao?", id);

        Assert.Equal("còn Hải Phòng thì sao?", followUp.GetProperty("question").GetString());
        Assert.Equal("Ở Hải Phòng, cơ quan nào phát hiện thông tin sai lệch về giáo dục?", followUp.GetProperty("standaloneQuestion").GetString());
        var docs = followUp.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("doc").GetString()).ToList();
        Assert.NotEmpty(docs);
        Assert.Equal("hai-phong-ke-hoach", docs[0]);
        Assert.DoesNotContain("can-tho-ke-hoach", docs);
    }

    [Fact]
    public async Task Chat_WhoSignedThatDocument_AsksAboutTheDocumentCitedLast()
    {
        var first = await App.AskAsync("Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch về giáo dục?");
        var id = first.GetProperty("conversationId").GetString();
        var name = first.GetProperty("citations")[0].GetProperty("shortTitle").GetString()!;

        var followUp = await App.AskAsync("ai ký văn bản đó?", id);

        Assert.Equal($"ai ký {char.ToLowerInvariant(name[0])}{name[1..]}?", followUp.GetProperty("standaloneQuestion").GetString());
        Assert.Equal("can-tho-ke-hoach", followUp.GetProperty("citations")[0].GetProperty("doc").GetString());
        Assert.Contains("Nguyễn Văn Khởi", followUp.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_FollowUpInAnotherConversation_HasNoContext()
    {
        await App.AskAsync("Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch về giáo dục?");

        var alone = await App.AskAsync("còn Hải Phòng thì sao?");

        Assert.Equal("còn Hải Phòng thì sao?", alone.GetProperty("standaloneQuestion").GetString());
        Assert.Equal(1, alone.GetProperty("turn").GetInt32());
    }
}
