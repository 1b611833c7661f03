using Assistant.Core.Configuration;
using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Tests.Corpus.Readers;

public sealed class PdfDocumentReaderTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SeedCorpus.AllIds), MemberType = typeof(SeedCorpus))]
    public void LoadFile_SeedExportedToPdf_SectionPathsAgreeWithTheMarkdown(string id)
    {
        var pdf = CorpusLoader.Create(new CorpusOptions()).LoadFile(DocumentFixtures.Get($"pdf/{id}.pdf"));
        var seed = SeedCorpus.Get(id);

        var (agreeing, total) = SectionAgreement.Measure(seed.Passages, pdf.Passages);

        output.WriteLine($"{id}: {agreeing}/{total} passages agree ({100.0 * agreeing / total:F1}%), {pdf.Passages.Count} PDF passages");
        Assert.True(agreeing >= 0.95 * total, $"{id}: only {agreeing} of {total} passages have the .md section path");
    }

    [Fact]
    public void LoadFile_SeedExportedToPdf_DropsThePageNumbers()
    {
        var pdf = CorpusLoader.Create(new CorpusOptions()).LoadFile(DocumentFixtures.Get("pdf/lang-son-ke-hoach.pdf"));

        Assert.DoesNotContain(pdf.Body.Split('\n'), line => line.Trim() is "1" or "2" or "3" or "4");
        Assert.Contains("Nghị quyết số 71-NQ/TW", pdf.Body, StringComparison.Ordinal);
    }
}

