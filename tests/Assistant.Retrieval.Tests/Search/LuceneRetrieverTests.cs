using Assistant.Core.Configuration;
using Assistant.Core.Documents;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;
using Assistant.Core.Text;
using Assistant.Retrieval.Search;
using Assistant.Retrieval.Tests.Corpus;
using Microsoft.Extensions.Options;

namespace Assistant.Retrieval.Tests.Search;

public sealed class LuceneRetrieverTests
{
    private static readonly ProvinceDirectory Provinces = ProvinceDirectory.Load(new CorpusOptions().ProvincesPath);
    private static readonly Lazy<LuceneRetriever> Shared = new(() => Create(SeedCorpus.Documents));

    private static LuceneRetriever Retriever => Shared.Value;

    [Theory]
    [InlineData("Cần Thơ giao cơ quan nào phát hiện thông tin sai lệch về giáo dục?", "can-tho-ke-hoach", "phát hiện")]
    [InlineData("Hải Phòng nắm bắt dư luận xã hội thế nào?", "hai-phong-ke-hoach", "dư luận")]
    [InlineData("Quyết định 157 do ai ký?", "quyet-dinh-157-ttg", "Lê Thành Long")]
    [InlineData("Lạng Sơn giai đoạn 2026-2030 tối thiểu bao nhiêu phần trăm cán bộ truyền thông được đào tạo?", "lang-son-ke-hoach", "70%")]
    public void Search_TypicalQuestion_FindsTheRightPassageInTopFive(string question, string doc, string phrase)
    {
        var result = Retriever.Search(question, 5);
        Assert.Contains(result.Hits, hit => hit.Passage.DocId == doc && Contains(hit.Passage.Text, phrase));
    }

    [Theory]
    [InlineData("Cần Thơ giao cơ quan nào phát hiện thông tin sai lệch về giáo dục?", "can tho giao co quan nao phat hien thong tin sai lech ve giao duc")]
    [InlineData("Lạng Sơn tối thiểu bao nhiêu phần trăm cán bộ truyền thông được đào tạo?", "lang son toi thieu bao nhieu phan tram can bo truyen thong duoc dao tao")]
    public void Search_UnaccentedQuestion_FindsWhatTheAccentedOneFinds(string accented, string unaccented)
    {
        var withMarks = Retriever.Search(accented, 3).Hits.Select(h => (h.Passage.DocId, h.Passage.Ordinal)).First();
        var plain = Retriever.Search(unaccented, 5).Hits.Select(h => (h.Passage.DocId, h.Passage.Ordinal));
        Assert.Contains(withMarks, plain);
    }

    [Fact]
    public void Search_AbbreviatedQuestion_MatchesTheFullWords()
    {
        var abbreviated = Retriever.Search("Sở GD&ĐT Lạng Sơn chủ trì nhiệm vụ gì?", 5);
        var spelledOut = Retriever.Search("Sở Giáo dục và Đào tạo Lạng Sơn chủ trì nhiệm vụ gì?", 5);
        Assert.Equal(spelledOut.Hits.Select(h => h.Passage.Ordinal), abbreviated.Hits.Select(h => h.Passage.Ordinal));
        Assert.All(abbreviated.Hits, hit => Assert.Equal("lang-son-ke-hoach", hit.Passage.DocId));
    }

    [Theory]
    [InlineData("Con tôi học ở Hậu Giang, kế hoạch truyền thông nghị quyết 71 giao nhiệm vụ gì cho nhà trường?", "can-tho")]
    [InlineData("o hai duong thi bao chi phai lam gi", "hai-phong")]
    [InlineData("Kon Tum cũ có chuyên mục tuyên truyền không?", "quang-ngai")]
    public void Search_FormerProvince_OnlyThatProvincesPlanOrNational(string question, string province)
    {
        var result = Retriever.Search(question, 10);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit => Assert.True(hit.Document.Province is null || hit.Document.Province == province, hit.Document.Id));
        Assert.Equal(province, result.Hits[0].Document.Province);
        Assert.Empty(result.UncoveredProvinces);
    }

    [Fact]
    public void Search_ProvinceWithoutAPlan_IsReportedUncovered()
    {
        var result = Retriever.Search("Đà Nẵng có kế hoạch truyền thông Nghị quyết 71 không?", 10);
        var mention = Assert.Single(result.UncoveredProvinces);
        Assert.Equal("da-nang", mention.Province.Slug);
    }

    [Fact]
    public void Search_QuestionOffTheDocuments_HasLowCoverage()
    {
        var onTopic = Retriever.Search("Cần Thơ phát hiện thông tin sai lệch về giáo dục như thế nào?", 10);
        var offTopic = Retriever.Search("Cuối tuần này thời tiết có mưa không?", 10);
        Assert.True(onTopic.QueryCoverage > 0.6, onTopic.QueryCoverage.ToString());
        Assert.True(offTopic.QueryCoverage < 0.3, offTopic.QueryCoverage.ToString());
    }

    [Fact]
    public void Search_OldTonePlacement_FindsNewTonePlacement()
    {
        var oldStyle = Retriever.Search("Sở Văn hoá, Thể thao và Du lịch Hải Phòng làm gì?", 5).Hits.Select(h => h.Passage.Ordinal);
        var newStyle = Retriever.Search("Sở Văn hóa, Thể thao và Du lịch Hải Phòng làm gì?", 5).Hits.Select(h => h.Passage.Ordinal);
        Assert.Equal(newStyle, oldStyle);
    }

    [Fact]
    public void Replace_NewCorpus_IsSearchedWhileTheOldResultStays()
    {
        using var retriever = Create(SeedCorpus.Documents);
        var before = retriever.Search("Lê Thành Long", 3);
        retriever.Replace(SeedCorpus.Documents.Where(d => d.Info.Id != "quyet-dinh-157-ttg").ToList());
        var after = retriever.Search("Lê Thành Long", 3);
        Assert.Contains(before.Hits, h => h.Passage.DocId == "quyet-dinh-157-ttg");
        Assert.DoesNotContain(after.Hits, h => h.Passage.DocId == "quyet-dinh-157-ttg");
        Assert.Equal(4, retriever.Documents.Count);
    }

    [Fact]
    public void Search_AccentedTerm_PrefersTheExactSyllableOverItsFoldedNamesakes()
    {
        var result = Retriever.Search("người ký Quảng Ngãi", 3);
        Assert.Equal(PassageKind.Signature, result.Hits[0].Passage.Kind);
    }

    [Fact]
    public void Search_FromManyThreads_GivesTheSerialResults()
    {
        string[] questions = ["Ai ký kế hoạch của Cần Thơ?", "lang son dao tao bao nhieu phan tram can bo", "Sở Tài chính Quảng Ngãi làm gì?", "Nghị quyết 71 ban hành ngày nào?"];
        var serial = questions.Select(q => Retriever.Search(q, 10).Hits.Select(h => (h.Passage.DocId, h.Passage.Ordinal)).ToList()).ToList();
        var parallel = new List<(string, int)>[questions.Length * 50];
        Parallel.For(0, parallel.Length, i => parallel[i] = Retriever.Search(questions[i % questions.Length], 10).Hits.Select(h => (h.Passage.DocId, h.Passage.Ordinal)).ToList());
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(serial[i % questions.Length], parallel[i]);
        }
    }

    [Theory]
    [InlineData("so van hoa the thao va du lich can tho co nhiem vu gi", "Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("Hậu Giang cũ nay thuộc Cần Thơ, Sở Ngoại vụ làm gì?", "Sở Ngoại vụ")]
    [InlineData("Sở Tài chính Quảng Ngãi được giao việc gì?", "Sở Tài chính")]
    public void Search_DutiesOfAnAgency_FindsThePassagesUnderItsHeading(string question, string agency)
    {
        var result = Retriever.Search(question, 5);
        Assert.True(Contains(result.Hits[0].Passage.Headings[^1], agency), string.Join(" | ", result.Hits.Select(h => h.Passage.Section)));
    }

    [Theory]
    [InlineData("nguoi ky ke hoach tinh lang son", "lang-son-ke-hoach")]
    [InlineData("ai ky ke hoach cua can tho", "can-tho-ke-hoach")]
    public void Search_UnaccentedWhoSigned_FindsTheSignatureBlock(string question, string doc)
    {
        var top = Retriever.Search(question, 3).Hits[0];
        Assert.Equal((doc, PassageKind.Signature), (top.Passage.DocId, top.Passage.Kind));
    }

    [Fact]
    public void Search_FormerAndCurrentNamesOfOneProvince_AreNeitherSearchTerms()
    {
        var result = Retriever.Search("Hải Dương cũ nay là Hải Phòng, báo chí phải làm gì?", 5);
        Assert.Equal(["bao", "chi"], result.QueryTerms);
        Assert.All(result.Hits, hit => Assert.Contains(hit.Document.Province, new[] { null, "hai-phong" }));
    }

    [Theory]
    [InlineData("cac co quan bao chi o can tho phai lam gi", "bao")]
    [InlineData("so gd can tho bao cao bo giao duc khi nao", "bao")]
    public void Search_UnaccentedBao_IsKeptUnlessItAsksHowMuch(string question, string term)
    {
        Assert.Contains(term, Retriever.Search(question, 5).QueryTerms);
        Assert.DoesNotContain(term, Retriever.Search("can tho dat bao nhieu phan tram", 5).QueryTerms);
    }

    [Fact]
    public void Search_CoverageReranking_PrefersThePassageHoldingEveryWordAskedAbout()
    {
        const string Question = "quyet dinh 157 bo giao duc bao cao dinh ky cho ai";
        using var withoutCoverage = new LuceneRetriever(SeedCorpus.Documents, Provinces, Options.Create(new RetrievalOptions { CoverageExponent = 0 }));
        static bool Reports(ScoredPassage hit) => Contains(hit.Passage.Text, "định kỳ báo cáo Thủ tướng Chính phủ");
        Assert.True(Reports(Retriever.Search(Question, 3).Hits[0]));
        Assert.False(Reports(withoutCoverage.Search(Question, 3).Hits[0]));
    }

    private static LuceneRetriever Create(IReadOnlyList<ParsedDocument> documents) =>
        new(documents, Provinces, Options.Create(new RetrievalOptions()));

    private static bool Contains(string text, string phrase) =>
        VietnameseText.MatchKey(text).Contains(VietnameseText.MatchKey(phrase), StringComparison.Ordinal);
}
