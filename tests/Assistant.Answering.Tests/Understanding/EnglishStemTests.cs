using Assistant.Answering.Understanding;

namespace Assistant.Answering.Tests.Understanding;

/// <summary>The light English stemmer that reads questions through the glossary.</summary>
public sealed class EnglishStemTests
{
    [Theory]
    [InlineData("ministries", "ministry")]
    [InlineData("signed", "sign")]
    [InlineData("sign", "sign")]
    [InlineData("training", "train")]
    [InlineData("trained", "train")]
    [InlineData("country's", "country")]
    [InlineData("planned", "plan")]
    [InlineData("issued", "issu")]
    [InlineData("issues", "issu")]
    [InlineData("Process", "process")]
    public void Of_InflectedWord_GivesTheStemOfItsBaseForm(string word, string expected) =>
        Assert.Equal(expected, EnglishStem.Of(word));

    [Fact]
    public void Of_ShortWordsAndWordsEndingInUsOrIs_AreKept()
    {
        Assert.Equal("use", EnglishStem.Of("use"));
        Assert.Equal("status", EnglishStem.Of("status"));
        Assert.Equal("basis", EnglishStem.Of("basis"));
    }

    [Fact]
    public void OfPhrase_StemsEachWord() =>
        Assert.Equal("which ministry sign", EnglishStem.OfPhrase("which ministries signed"));
}
