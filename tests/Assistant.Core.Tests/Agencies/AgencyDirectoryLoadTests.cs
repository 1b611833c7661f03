using Assistant.Core.Agencies;
using Assistant.Core.Lexicon;

namespace Assistant.Core.Tests.Agencies;

/// <summary>Loading and validating corpus/lexicon/agencies.json.</summary>
public sealed class AgencyDirectoryLoadTests : IDisposable
{
    private const string Heads = """ "heads": [{ "written": "Sở", "leadsSentence": true }], "fillers": ["và"] """;

    private readonly string directory = Directory.CreateTempSubdirectory("agencies-").FullName;

    [Fact]
    public void Load_SpellingGivenToTwoAgencies_NamesTheEntryAndTheOther()
    {
        Write($$"""{ {{Heads}}, "agencies": [{ "name": "Sở Y tế", "written": ["Sở Y tế"] }, { "name": "Sở Ytế", "written": ["Sở Ytế", "sở y tế"] }] }""");
        var error = Assert.Throws<LexiconFormatException>(() => AgencyDirectory.Load(directory));
        Assert.Contains("agencies.json: agency 2 (\"Sở Ytế\")", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"sở y tế\" is already one of \"Sở Y tế\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AgencyWithoutSpellings_IsNamed()
    {
        Write($$"""{ {{Heads}}, "agencies": [{ "name": "Sở Y tế", "written": ["Sở Y tế"] }, { "name": "Sở Nội vụ", "written": [] }] }""");
        var error = Assert.Throws<LexiconFormatException>(() => AgencyDirectory.Load(directory));
        Assert.Contains("agencies.json: agency 2: needs \"name\" and \"written\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyHead_IsNamed()
    {
        Write("""{ "heads": [{ "written": "Sở" }, { "written": " " }], "agencies": [] }""");
        var error = Assert.Throws<LexiconFormatException>(() => AgencyDirectory.Load(directory));
        Assert.Contains("agencies.json: head 2: \"written\" is missing or empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownField_NamesTheFileAndLine()
    {
        Write("{\n  \"heads\": [{ \"written\": \"Sở\" }],\n  \"agency\": []\n}");
        var error = Assert.Throws<LexiconFormatException>(() => AgencyDirectory.Load(directory));
        Assert.Contains("agencies.json: invalid JSON at line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var error = Assert.Throws<LexiconFormatException>(() => AgencyDirectory.Load(directory));
        Assert.Contains("agencies.json: cannot be read", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private void Write(string json) => File.WriteAllText(Path.Combine(directory, AgencyDirectory.FileName), json);
}
