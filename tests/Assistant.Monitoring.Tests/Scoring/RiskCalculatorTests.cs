using Assistant.Core.Monitoring;
using Assistant.Monitoring.Classification;
using Assistant.Monitoring.Scoring;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Tests.Scoring;

public sealed class RiskCalculatorTests
{
    private static readonly RiskCalculator Risk = new(Options.Create(new RiskOptions()));

    private static ClassifierResult Classified(double unrelated) => new(
        PostLabel.Accurate,
        0.2,
        new Dictionary<string, double> { [PostLabel.Unrelated] = unrelated, [PostLabel.Accurate] = 0.8 - unrelated, [PostLabel.Misinformation] = 0.2 });

    [Fact]
    public void Relevance_NoEducationTermNorDocumentLanguage_NeverRelevant()
    {
        var relevance = Risk.Relevance(Classified(0), new TopicEvidence(0, 0, 0.4));

        Assert.False(Risk.IsRelevant(relevance));
    }

    [Fact]
    public void Relevance_DocumentLanguageWithoutEducationTerm_Relevant()
    {
        Assert.True(Risk.IsRelevant(Risk.Relevance(Classified(0.2), new TopicEvidence(0, 0, 0.9))));
    }

    [Fact]
    public void Relevance_EducationTermsAndCorpusOverlap_Relevant()
    {
        var relevance = Risk.Relevance(Classified(0.1), new TopicEvidence(1, 2, 0.3));

        Assert.True(Risk.IsRelevant(relevance));
    }

    [Fact]
    public void Relevance_GeneralEducationWordsOnly_NotRelevantUnlessTheClassifierIsSure()
    {
        Assert.False(Risk.IsRelevant(Risk.Relevance(Classified(0.15), new TopicEvidence(0, 2, 0.25))));
        Assert.True(Risk.IsRelevant(Risk.Relevance(Classified(0.15), new TopicEvidence(1, 2, 0.25))));
    }

    [Fact]
    public void Relevance_LowerCorpusOverlap_LowerRelevance()
    {
        Assert.True(Risk.Relevance(Classified(0.3), new TopicEvidence(1, 1, 0.1)) < Risk.Relevance(Classified(0.3), new TopicEvidence(1, 1, 0.9)));
    }

    [Fact]
    public void Decide_OneContradiction_FlagsEvenALowClassifierScore()
    {
        var decision = Risk.Decide(Classified(0.05), 0.9, new Assistant.Monitoring.Claims.ClaimCheckResult([new ClaimFinding("quantity", ClaimFinding.Contradiction, "Bài viết nói 50%; Kế hoạch nói 70%")], 0, [], 0), null);

        Assert.True(decision.Flagged);
    }
}
