using Assistant.Evaluation.Peer;

namespace Assistant.Evaluation.Tests.Peer;

public sealed class FtsQueryTests
{
    [Fact]
    public void Build_Question_QuotesEachWordOnceJoinedWithOr()
    {
        Assert.Equal("\"nghị\" OR \"quyết\" OR \"71\" OR \"nq\" OR \"tw\"", FtsQuery.Build("Nghị quyết 71-NQ/TW, nghị quyết?"));
    }

    [Fact]
    public void Build_OperatorsAndQuotes_CannotReachTheQueryLanguage()
    {
        var query = FtsQuery.Build("a\" OR b* NEAR(c) -d");

        Assert.Equal("\"a\" OR \"or\" OR \"b\" OR \"near\" OR \"c\" OR \"d\"", query);
    }

    [Fact]
    public void Quote_InnerQuote_IsDoubled()
    {
        Assert.Equal("\"a\"\"b\"", FtsQuery.Quote("a\"b"));
    }

    [Fact]
    public void Build_NoWord_IsEmpty()
    {
        Assert.Equal(string.Empty, FtsQuery.Build("?!  -- //"));
    }
}
