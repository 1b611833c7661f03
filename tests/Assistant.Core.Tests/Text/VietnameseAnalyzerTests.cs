using Assistant.Core.Text;

namespace Assistant.Core.Tests.Text;

public sealed class VietnameseAnalyzerTests
{
    [Fact]
    public void Analyze_OldAndNewTonePlacement_GiveTheSameTokens()
    {
        Assert.Equal(VietnameseAnalyzer.Analyze("Sở Văn hoá, Thể thao").Exact, VietnameseAnalyzer.Analyze("Sở Văn hóa, Thể thao").Exact);
    }

    [Fact]
    public void Analyze_FoldedView_DropsDiacriticsAndMapsD()
    {
        var analyzed = VietnameseAnalyzer.Analyze("Đào tạo giáo dục");
        Assert.Equal(["đào", "tạo", "giáo", "dục"], analyzed.Exact);
        Assert.Equal(["dao", "tao", "giao", "duc"], analyzed.Folded);
        Assert.Contains("giao_duc", analyzed.FoldedBigrams);
        Assert.Contains("giáo_dục", analyzed.ExactBigrams);
    }

    [Theory]
    [InlineData("UBND tỉnh", "ủy ban nhân dân")]
    [InlineData("Sở GD&ĐT", "giáo dục và đào tạo")]
    [InlineData("Sở GDĐT", "giáo dục và đào tạo")]
    [InlineData("so GD-DT", "giáo dục và đào tạo")]
    [InlineData("NQ 71", "nghị quyết")]
    [InlineData("QĐ 157", "quyết định")]
    [InlineData("trường THPT", "trung học phổ thông")]
    [InlineData("Sở VHTTDL", "văn hóa thể thao và du lịch")]
    [InlineData("157/QĐ-TTg", "thủ tướng")]
    public void Analyze_Abbreviation_IsExpandedInDocumentsAndQueries(string text, string expansion)
    {
        var expected = VietnameseAnalyzer.Analyze(expansion).Exact;
        var document = VietnameseAnalyzer.Analyze(text).Exact;
        var query = VietnameseAnalyzer.AnalyzeQuery(text).Exact;
        Assert.True(ContainsSequence(document, expected), string.Join(" ", document));
        Assert.True(ContainsSequence(query, expected), string.Join(" ", query));
    }

    [Fact]
    public void AnalyzeQuery_ReplacesTheAbbreviation_WhileDocumentsKeepIt()
    {
        Assert.Contains("ubnd", VietnameseAnalyzer.Analyze("UBND tỉnh").Exact);
        Assert.DoesNotContain("ubnd", VietnameseAnalyzer.AnalyzeQuery("UBND tỉnh").Exact);
    }

    [Theory]
    [InlineData("Kế hoạch")]
    [InlineData("Tuyên truyền")]
    public void Analyze_CapitalisedWordsThatLookLikeAbbreviations_AreLeftAlone(string text)
    {
        Assert.Equal(VietnameseAnalyzer.Analyze(text.ToLowerInvariant()).Exact, VietnameseAnalyzer.Analyze(text).Exact);
    }

    [Theory]
    [InlineData("ai", true)]
    [InlineData("bao", true)]
    [InlineData("nhiêu", true)]
    [InlineData("cán", false)]
    [InlineData("can", false)]
    [InlineData("dang", false)]
    [InlineData("báo", false)]
    public void QueryStopWords_KeepWordsThatMeanSomethingWhenFolded(string token, bool isStopWord)
    {
        Assert.Equal(isStopWord, QueryStopWords.Contains(token));
    }

    private static bool ContainsSequence(IReadOnlyList<string> tokens, IReadOnlyList<string> sequence)
    {
        for (var i = 0; i + sequence.Count <= tokens.Count; i++)
        {
            if (tokens.Skip(i).Take(sequence.Count).SequenceEqual(sequence))
            {
                return true;
            }
        }

        return false;
    }
}
