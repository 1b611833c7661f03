using Assistant.Evaluation.Peer;

namespace Assistant.Evaluation.Tests.Peer;

public sealed class FtsPassageIndexTests
{
    [Fact]
    public void Search_UnaccentedQuestion_FindsTheAccentedPassageFirst()
    {
        using var index = FtsPassageIndex.Build(TestDocuments.All);

        var found = index.Search("nghi quyet 71 cua bo chinh tri");

        Assert.Equal(5, index.Count);
        Assert.StartsWith("Nghị quyết số 71-NQ/TW", found[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_DWithoutStroke_DoesNotMatchĐ()
    {
        // unicode61 remove_diacritics folds tone marks but not đ: the gap our own analysis closes.
        using var index = FtsPassageIndex.Build(TestDocuments.All);

        Assert.Empty(index.Search("dao"));
        Assert.Equal(2, index.Search("đào").Count);
    }

    [Fact]
    public void Search_QuestionWithQuotesAndOperators_DoesNotThrow()
    {
        using var index = FtsPassageIndex.Build(TestDocuments.All);

        var found = index.Search("\"truyền thông\" AND (số*) OR NOT");

        Assert.Contains(found, p => p.DocId == "can-tho-ke-hoach");
        Assert.Empty(index.Search("???"));
    }
}
