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
    public void SimilarityTo_Weights_RareSharedTermCountsMore()
    {
        static double Weight(string term) => term == "kinh" ? 5 : 1;
        var a = new QuestionSignature(["kinh", "thong"], [], Weight);
        var b = new QuestionSignature(["kinh", "lay"], [], Weight);
        var c = new QuestionSignature(["nguon", "thong"], [], Weight);

        Assert.Equal(2.0 * 5 / 12, a.SimilarityTo(b), 6);
        Assert.Equal(2.0 * 1 / 8, a.SimilarityTo(c), 6);
    }

    [Fact]
    public void SimilarityTo_DifferentKindsOfFact_Halved()
    {
        var who = new QuestionSignature(["ky", "ke", "hoach"], [], kind: "Who");
        var date = new QuestionSignature(["ky", "ke", "hoach"], [], kind: "Date");
        var general = new QuestionSignature(["ky", "ke", "hoach"], [], kind: "General");

        Assert.Equal(0.5, who.SimilarityTo(date), 6);
        Assert.Equal(1.0, who.SimilarityTo(general), 6);
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
