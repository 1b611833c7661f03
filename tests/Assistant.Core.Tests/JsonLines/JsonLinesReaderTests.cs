using Assistant.Core.JsonLines;

namespace Assistant.Core.Tests.JsonLines;

public sealed class JsonLinesReaderTests
{
    private const string Sample = """
        {"id":"a","count":1}

        {"id":"b","count":
        null
           
        ["not","an","object"]
        {"ID":"c","Count":3}
        """;

    [Fact]
    public void Read_MixedLines_BlankSkippedAndEachOtherLineNumbered()
    {
        var lines = JsonLinesReader.Read<Item>(new StringReader(Sample)).ToList();

        Assert.Equal([1, 3, 4, 6, 7], lines.Select(l => l.Number));
        Assert.Equal(
            [JsonLineProblem.None, JsonLineProblem.InvalidJson, JsonLineProblem.Null, JsonLineProblem.InvalidJson, JsonLineProblem.None],
            lines.Select(l => l.Problem));
    }

    [Fact]
    public void Read_ValidLines_ItemsWithCamelCaseOrAnyCaseNames()
    {
        var items = JsonLinesReader.Read<Item>(new StringReader(Sample)).Where(l => l.HasItem).Select(l => l.Item).ToList();

        Assert.Equal([new Item("a", 1), new Item("c", 3)], items);
    }

    [Fact]
    public void Read_MalformedLine_EnglishErrorNamingWhereInTheLine()
    {
        var line = JsonLinesReader.Read<Item>(new StringReader(Sample)).Single(l => l.Number == 3);

        Assert.Null(line.Item);
        Assert.False(line.HasItem);
        Assert.StartsWith("invalid JSON (", line.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", line.Error, StringComparison.Ordinal);
        Assert.EndsWith("; at $.count, byte 18", line.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullLiteral_NullProblemNamedInError()
    {
        var line = JsonLinesReader.Read<Item>(new StringReader(Sample)).Single(l => l.Number == 4);

        Assert.Equal("empty line (null)", line.Error);
        Assert.Null(line.Detail);
    }

    [Fact]
    public void Read_WrongShape_DetailNamesTheConversion()
    {
        var line = JsonLinesReader.Read<Item>(new StringReader(Sample)).Single(l => l.Number == 6);

        Assert.Contains("could not be converted", line.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SameText_SameLinesAsRead()
    {
        var lines = new List<JsonLine<Item>>();
        await foreach (var line in JsonLinesReader.ReadAsync<Item>(new StringReader(Sample), TestContext.Current.CancellationToken))
        {
            lines.Add(line);
        }

        Assert.Equal(JsonLinesReader.Read<Item>(new StringReader(Sample)), lines);
    }

    [Fact]
    public async Task ReadFileAsync_RealFile_SameLinesAsReadFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jsonl-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, Sample, TestContext.Current.CancellationToken);
        try
        {
            var lines = new List<JsonLine<Item>>();
            await foreach (var line in JsonLinesReader.ReadFileAsync<Item>(path, TestContext.Current.CancellationToken))
            {
                lines.Add(line);
            }

            Assert.Equal(5, lines.Count);
            Assert.Equal(JsonLinesReader.ReadFile<Item>(path), lines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in JsonLinesReader.ReadAsync<Item>(new StringReader(Sample), cancellation.Token))
            {
            }
        });
    }

    public sealed record Item(string Id, int Count);
}
