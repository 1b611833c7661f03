using Assistant.Core.Configuration;
using Assistant.Core.Lexicon;

namespace Assistant.Core.Tests.Lexicon;

/// <summary>Loading and validating the lexicon files of corpus/lexicon/.</summary>
public sealed class QuestionLexiconTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("lexicon-").FullName;

    public QuestionLexiconTests()
    {
        foreach (var file in Directory.GetFiles(new CorpusOptions().LexiconPath, "*.json"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void The_repository_lexicon_loads()
    {
        var lexicon = QuestionLexicon.Load(new CorpusOptions().LexiconPath);
        Assert.Contains(lexicon.Thesaurus, e => e.Term == "thông tin sai lệch" && e.Variants.Contains("tin đồn"));
        Assert.Contains(lexicon.ChatWords, w => w.Written.Contains("ko") && w.Means == "không");
        Assert.NotEmpty(lexicon.SmallTalk.Greetings);
        Assert.NotEmpty(lexicon.English.Phrases);
    }

    [Fact]
    public void A_thesaurus_variant_given_twice_names_both_entries()
    {
        Write(QuestionLexicon.ThesaurusFile, """{"entries":[{"term":"kinh phí","variants":["tiền"]},{"term":"ngân sách","variants":["quỹ","tiền"]}]}""");
        var error = Assert.Throws<LexiconFormatException>(() => QuestionLexicon.Load(directory));
        Assert.Contains("thesaurus.json: entry 2 (\"ngân sách\")", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"tiền\" is already a variant of entry 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thesaurus_entry_without_variants_is_named()
    {
        Write(QuestionLexicon.ThesaurusFile, """{"entries":[{"term":"kinh phí","variants":["tiền"]},{"term":"bồi dưỡng","variants":[]}]}""");
        var error = Assert.Throws<LexiconFormatException>(() => QuestionLexicon.Load(directory));
        Assert.Contains("entry 2 (\"bồi dưỡng\"): needs at least one variant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_that_is_another_entrys_term_is_rejected()
    {
        Write(QuestionLexicon.ThesaurusFile, """{"entries":[{"term":"kinh phí","variants":["tiền"]},{"term":"ngân sách","variants":["Kinh phí"]}]}""");
        var error = Assert.Throws<LexiconFormatException>(() => QuestionLexicon.Load(directory));
        Assert.Contains("is the term of entry 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line()
    {
        Write(QuestionLexicon.ChatWordsFile, "{\n  \"words\": [\n    { \"written\": [\"ko\"], \"means\": \"không\" \n  ]\n}");
        var error = Assert.Throws<LexiconFormatException>(() => QuestionLexicon.Load(directory));
        Assert.Contains("chat-words.json: invalid JSON at line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_an_error_not_silently_ignored()
    {
        Write(QuestionLexicon.ThesaurusFile, """{"entries":[{"term":"kinh phí","variant":["tiền"]}]}""");
        Assert.Throws<LexiconFormatException>(() => QuestionLexicon.Load(directory));
    }

    [Fact]
    public void A_chat_form_listed_twice_is_rejected()
    {
        Write(QuestionLexicon.ChatWordsFile, """{"words":[{"written":["ko"],"means":"không"},{"written":["KO"],"means":"không"}]}""");
        var error = Assert.Throws<LexiconFormatException>(() => QuestionLexicon.Load(directory));
        Assert.Contains("entry 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("already entry 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        File.Delete(Path.Combine(directory, QuestionLexicon.EnglishFile));
        var error = Assert.Throws<LexiconFormatException>(() => QuestionLexicon.Load(directory));
        Assert.Contains("english.json", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private void Write(string name, string json) => File.WriteAllText(Path.Combine(directory, name), json);
}
