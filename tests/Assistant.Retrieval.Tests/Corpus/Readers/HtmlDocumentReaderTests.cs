using Assistant.Core.Configuration;
using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Tests.Corpus.Readers;

public sealed class HtmlDocumentReaderTests
{
    private static readonly string[] PortalFurniture = ["Trang chủ", "Tin liên quan", "Tuyển sinh lớp 10", "Cơ quan chủ quản", "Tìm kiếm", "Chia sẻ", "Lượt xem", "dataLayer", "CỔNG THÔNG TIN"];

    [Fact]
    public void LoadFile_PortalPage_GivesOnlyTheArticlesPassages()
    {
        var page = CorpusLoader.Create(new CorpusOptions()).LoadFile(DocumentFixtures.Get("html/quyet-dinh-157-ttg.html"));

        Assert.All(page.Passages, p => Assert.DoesNotContain(PortalFurniture, furniture => p.Text.Contains(furniture, StringComparison.Ordinal)));
        Assert.Equal("Phó Thủ tướng ký Quyết định ban hành Kế hoạch truyền thông thực hiện Nghị quyết 71", page.Info.Title);
        Assert.Equal("quyet-dinh-157-ttg", page.Info.Id);
    }

    [Fact]
    public void LoadFile_PortalPage_SectionPathsAgreeWithTheMarkdown()
    {
        var page = CorpusLoader.Create(new CorpusOptions()).LoadFile(DocumentFixtures.Get("html/quyet-dinh-157-ttg.html"));
        var seed = SeedCorpus.Get("quyet-dinh-157-ttg");

        var (agreeing, total) = SectionAgreement.Measure(seed.Passages, page.Passages);

        Assert.True(agreeing >= 0.95 * total, $"only {agreeing} of {total} passages have the .md section path");
        Assert.InRange(page.Passages.Count, total, total + 1);
    }
}
