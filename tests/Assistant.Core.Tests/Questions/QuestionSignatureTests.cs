using Assistant.Core.Questions;

namespace Assistant.Core.Tests.Questions;

public sealed class QuestionSignatureTests
{
    [Fact]
    public void SimilarityTo_SameTermsInOrder_One()
    {
        var a = new QuestionSignature(["kinh", "phi", "truyen", "thong"], ["can-tho"]);
        var b = new QuestionSignature(["kinh", "phi", "truyen", "thong"], []);

        Assert.Equal(1.0, a.SimilarityTo(b), 6);
    }

    [Fact]
    public void SimilarityTo_SharedTermsOtherOrder_CountsWordsNotPairs()
    {
        var a = new QuestionSignature(["kinh", "phi", "lay"], []);
        var b = new QuestionSignature(["lay", "kinh", "phi"], []);

        // features: 3 words + 2 pairs each; common: 3 words and "kinh phi".
        Assert.Equal(2.0 * 4 / 10, a.SimilarityTo(b), 6);
    }

    [Fact]
    public void SimilarityTo_DifferentProvinces_Zero()
    {
        var canTho = new QuestionSignature(["kinh", "phi"], ["can-tho"]);
        var langSon = new QuestionSignature(["kinh", "phi"], ["lang-son"]);

        Assert.Equal(0, canTho.SimilarityTo(langSon));
    }

    [Fact]
    public void SimilarityTo_EmptySignature_Zero()
    {
        var empty = new QuestionSignature([], []);

        Assert.True(empty.IsEmpty);
        Assert.Equal(0, empty.SimilarityTo(new QuestionSignature(["a"], [])));
    }
}
