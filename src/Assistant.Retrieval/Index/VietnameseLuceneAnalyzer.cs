using Lucene.Net.Analysis;

namespace Assistant.Retrieval.Index;

/// <summary>The Lucene analyzer of one field: Vietnamese analysis, one <see cref="TokenView"/>.</summary>
internal sealed class VietnameseLuceneAnalyzer(TokenView view) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new VietnameseTokenizer(reader, view));
}
