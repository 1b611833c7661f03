using Assistant.Core.Configuration;
using Assistant.Core.Lexicon;
using Assistant.Monitoring.Claims;
using Assistant.Monitoring.Claims.Lexicon;

namespace Assistant.Monitoring.Tests.Claims;

public sealed class ClaimLexiconTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("claims-lexicon-").FullName;

    [Fact]
    public void Load_RepositoryFile_ReadsEveryList()
    {
        var lexicon = ClaimLexicon.Load(RepositoryPaths.Resolve("corpus/lexicon"));

        Assert.Contains(lexicon.Offices, o => o.Name == "Phó Thủ tướng");
        Assert.Contains(lexicon.Levels, l => l.Name == "Bộ Chính trị");
        Assert.Equal("Sở", lexicon.LevelOfAgency("Sở Giáo dục và Đào tạo")?.Name);
        Assert.Contains("Nguyễn", lexicon.FamilyNames);
        Assert.Contains(lexicon.Frequencies, f => f.Name == "06 tháng");
    }

    [Fact]
    public void Offices_LongestSpellingWins()
    {
        var lexicon = ClaimLexicon.Load(RepositoryPaths.Resolve("corpus/lexicon"));

        var found = PhraseMatches.Longest(lexicon.Offices, o => o, ClaimText.Of("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Thanh Nhàn"));

        Assert.Equal(["Chủ tịch", "Phó Chủ tịch"], found.Select(f => f.Entry.Name));
    }

    [Theory]
    [InlineData("{ \"offices\": [] }", "\"offices\" lists no entry")]
    [InlineData("not json", "invalid JSON")]
    public void Load_InvalidFile_NamesTheProblem(string content, string expected)
    {
        File.WriteAllText(Path.Combine(folder, ClaimLexicon.FileName), content);

        var error = Assert.Throws<LexiconFormatException>(() => ClaimLexicon.Load(folder));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LevelAcceptsUnknownLevel_NamesIt()
    {
        var valid = File.ReadAllText(RepositoryPaths.Resolve("corpus/lexicon/" + ClaimLexicon.FileName));
        File.WriteAllText(Path.Combine(folder, ClaimLexicon.FileName), valid.Replace("\"accepts\": [\"Chính phủ\"]", "\"accepts\": [\"Nhà vua\"]", StringComparison.Ordinal));

        var error = Assert.Throws<LexiconFormatException>(() => ClaimLexicon.Load(folder));

        Assert.Contains("\"Nhà vua\"", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
