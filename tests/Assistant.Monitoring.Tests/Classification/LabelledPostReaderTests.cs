using Assistant.Core.Monitoring;
using Assistant.Monitoring.Classification;

namespace Assistant.Monitoring.Tests.Classification;

public sealed class LabelledPostReaderTests
{
    [Fact]
    public async Task ReadAsync_MalformedLines_NamedByLineNumberAndTheRestRead()
    {
        var tooLong = new string('a', LabelledPostReader.DefaultMaxTextBytes + 1);
        var lines = new[]
        {
            """{"id":"a","text":"Bài viết một","label":"accurate"}""",
            """{"id":"b","text":"thiếu ngoặc""",
            """{"id":"c","label":"accurate"}""",
            "",
            $$"""{"id":"d","text":"{{tooLong}}","label":"unrelated"}""",
            """{"id":"e","text":"Bài viết năm","label":"fake"}""",
            """{"id":"f","text":"   ","label":"accurate"}""",
            """["not", "an", "object"]""",
            """{"text":"Không có id","label":"misinformation"}""",
        };

        var result = await new LabelledPostReader().ReadAsync(new StringReader(string.Join('\n', lines)), TestContext.Current.CancellationToken);

        Assert.Equal(["a", "line-9"], result.Posts.Select(p => p.Id));
        Assert.Equal([2, 3, 5, 6, 7, 8], result.Errors.Select(e => e.LineNumber));
        Assert.Contains("JSON", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("text", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("over the limit", result.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("unknown label \"fake\"", result.Errors[3].Message, StringComparison.Ordinal);
        Assert.StartsWith("line 2: ", result.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFileAsync_TestSample_AllThreeLabels()
    {
        var result = await new LabelledPostReader().ReadFileAsync(TestPosts.Path, TestContext.Current.CancellationToken);

        Assert.Empty(result.Errors);
        Assert.Equal(36, result.Posts.Count);
        Assert.All(PostLabel.All, label => Assert.Equal(12, result.Posts.Count(p => p.Label == label)));
    }
}
