using Assistant.Monitoring.Classification;
using Microsoft.ML.Data;

namespace Assistant.Monitoring.Tests.Classification;

public sealed class PostFeaturizerTests
{
    private const string Head = "NÓNG!!! Chia sẻ gấp: Sở bãi bỏ Nghị quyết 71, học sinh phải nộp phí 10 triệu.";
    private const string Tail = " Trường học đóng cửa, học phí tăng gấp đôi, giáo viên nghỉ việc hàng loạt.";

    private static readonly FeaturizerSettings Words = new() { HashBits = 16, MetaWeight = 0, MinDocumentFrequency = 1 };

    [Fact]
    public void Featurize_TextLongerThanMaxLength_SameAsItsFirstWordsThatFit()
    {
        var settings = Words with { MaxTextLength = Head.Length + 5 };
        var featurizer = PostFeaturizer.Fit(settings, [Head, Head + Tail]);
        var scratch = featurizer.CreateScratch();

        var cut = featurizer.Featurize(Head + Tail, scratch);
        var head = featurizer.Featurize(Head, scratch);
        var whole = PostFeaturizer.Fit(Words, [Head, Head + Tail]).Featurize(Head + Tail, scratch);

        AssertSameVector(head, cut);
        Assert.True(whole.GetValues().Length > cut.GetValues().Length);
    }

    [Fact]
    public void Featurize_FoldedViewOnly_AccentsChangeNothingButDoWithBothViews()
    {
        const string accented = "học phí tăng gấp đôi";
        const string folded = "hoc phi tang gap doi";
        var foldedOnly = Fit(Words with { AccentedView = false, CharNgramViews = CharNgramViews.Folded });
        var both = Fit(Words with { CharNgramViews = CharNgramViews.Both });
        var foldedScratch = foldedOnly.CreateScratch();
        var bothScratch = both.CreateScratch();

        AssertSameVector(foldedOnly.Featurize(accented, foldedScratch), foldedOnly.Featurize(folded, foldedScratch));
        var bothAccented = both.Featurize(accented, bothScratch).GetIndices().ToArray();
        var bothFolded = both.Featurize(folded, bothScratch).GetIndices().ToArray();
        Assert.NotEqual(bothAccented, bothFolded);

        static PostFeaturizer Fit(FeaturizerSettings settings) => PostFeaturizer.Fit(settings, [accented, folded]);
    }

    private static void AssertSameVector(VBuffer<float> expected, VBuffer<float> actual)
    {
        Assert.Equal(expected.GetIndices().ToArray(), actual.GetIndices().ToArray());
        Assert.Equal(expected.GetValues().ToArray(), actual.GetValues().ToArray());
    }
}
