using Assistant.Answering.Extractive;
using Assistant.Answering.Referral;
using Assistant.Core.Agencies;
using Assistant.Core.Configuration;
using Assistant.Core.Documents;
using Assistant.Core.Provinces;
using Assistant.Retrieval;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Parsing;
using Assistant.Retrieval.Search;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Tests.Llm.Fakes;

/// <summary>
/// The repository's real documents (corpus/documents), loaded, parsed and indexed by the real retriever, with the real
/// extractive answerer on top: the LLM answerer's fallback in these tests.
/// </summary>
public static class TestCorpus
{
    private static readonly Lazy<IReadOnlyList<ParsedDocument>> Parsed = new(() => CorpusLoader.Load(new CorpusOptions().DocumentsPath));

    /// <summary>The provinces of corpus/provinces.json.</summary>
    public static ProvinceDirectory Provinces { get; } = ProvinceDirectory.Load(new CorpusOptions().ProvincesPath);

    /// <summary>The agencies of corpus/lexicon/agencies.json.</summary>
    public static AgencyDirectory Agencies { get; } = AgencyDirectory.Load(new CorpusOptions().LexiconPath);

    /// <summary>The corpus documents.</summary>
    public static IReadOnlyList<ParsedDocument> Documents => Parsed.Value;

    /// <summary>A retriever over the corpus plus <paramref name="extra"/> documents.</summary>
    public static LuceneRetriever Retriever(params ParsedDocument[] extra) =>
        new([.. Documents, .. extra], Provinces, Options.Create(new RetrievalOptions()));

    /// <summary>The extractive answerer over <paramref name="retriever"/>.</summary>
    public static ExtractiveAnswerer Extractive(LuceneRetriever retriever) =>
        new(retriever, new RefusalWriter(new ReferralWriter(Options.Create(new ReferralOptions()))), Agencies, Options.Create(new ExtractiveOptions()));

    /// <summary>A news item of the corpus kind <c>tin-bai</c> made of <paramref name="body"/>.</summary>
    public static ParsedDocument NewsItem(string id, string title, string body) =>
        DocumentParser.Parse(new DocumentInfo(id, title, null, null, "tin-bai", null, null, null, id + ".md"), body);
}
