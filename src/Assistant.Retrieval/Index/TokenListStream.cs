using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Retrieval.Index;

/// <summary>A Lucene token stream over tokens analysed beforehand: each passage is analysed once, not once per field.</summary>
internal sealed class TokenListStream : TokenStream
{
    private readonly IReadOnlyList<string> tokens;
    private readonly ICharTermAttribute term;
    private int next;

    public TokenListStream(IReadOnlyList<string> tokens)
    {
        this.tokens = tokens;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (next >= tokens.Count)
        {
            return false;
        }

        term.SetEmpty().Append(tokens[next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }
}
