using Assistant.Evaluation.Metrics;

namespace Assistant.Evaluation.Tests.Metrics;

public sealed class MetricDirectionTests
{
    [Theory]
    [InlineData("wrongAnswerRate", true)]
    [InlineData("colloquialWrongAnswerRate", true)]
    [InlineData("llmFalseRefusalRate", true)]
    [InlineData("p95Ms", true)]
    [InlineData("factRate", false)]
    [InlineData("peerRecallAt5", false)]
    public void LowerIsBetter_MetricName_FollowsWhatTheMetricCounts(string name, bool expected) =>
        Assert.Equal(expected, MetricDirection.LowerIsBetter(name));
}
