using Assistant.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Retrieval.Index;

/// <summary>A Lucene tokenizer that emits one view of <see cref="VietnameseAnalyzer"/>'s analysis.</summary>
internal sealed class VietnameseTokenizer : Tokenizer
{
    private readonly TokenView view;
    private readonly ICharTermAttribute term;
    private IReadOnlyList<string>? tokens;
    private int next;

    public VietnameseTokenizer(TextReader input, TokenView view)
        : base(input)
    {
        this.view = view;
        term = AddAttribute<ICharTermAttribute>();
    }

    /// <summary>The tokens of one view of a text, as the index and the queries see them.</summary>
    public static IReadOnlyList<string> TokensOf(string text, TokenView view)
    {
        var analyzed = VietnameseAnalyzer.Analyze(text);
        return view switch
        {
            TokenView.Exact => analyzed.Exact,
            TokenView.Folded => analyzed.Folded,
            TokenView.ExactBigrams => analyzed.ExactBigrams,
            _ => analyzed.FoldedBigrams,
        };
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        tokens ??= TokensOf(m_input.ReadToEnd(), view);
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
        tokens = null;
        next = 0;
    }
}
