using Assistant.Review.Insights;

namespace Assistant.Review.Tests.Insights;

public sealed class GroupingAgreementTests
{
    [Fact]
    public void Of_SameGrouping_PrecisionAndRecallOne()
    {
        var agreement = GroupingAgreement.Of(["a", "a", "b"], [7, 7, 9]);

        Assert.Equal((1.0, 1.0, 2, 2), (agreement.Precision, agreement.Recall, agreement.PredictedGroups, agreement.LabelledGroups));
    }

    [Fact]
    public void Of_EverythingInOneGroup_RecallOnePrecisionIsShareOfTruePairs()
    {
        // labels pair (0,1) and (2,3): 2 of the 6 pairs.
        var agreement = GroupingAgreement.Of(["a", "a", "b", "b"], [0, 0, 0, 0]);

        Assert.Equal(2.0 / 6, agreement.Precision, 6);
        Assert.Equal(1.0, agreement.Recall, 6);
    }

    [Fact]
    public void Of_AllApart_PrecisionOneRecallZero()
    {
        var agreement = GroupingAgreement.Of(["a", "a", "b"], [0, 1, 2]);

        Assert.Equal((1.0, 0.0), (agreement.Precision, agreement.Recall));
        Assert.Equal(0, agreement.F1);
    }
}
