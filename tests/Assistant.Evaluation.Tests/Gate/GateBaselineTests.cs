using Assistant.Core.Configuration;
using Assistant.Evaluation.Gate;
using Assistant.Evaluation.Metrics;

namespace Assistant.Evaluation.Tests.Gate;

public sealed class GateBaselineTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Check_MetricBelowMinimumAndAboveMaximum_NamesBoth()
    {
        var baseline = GateBaseline.Read(folder.Write("b.json", """
            {"_about": "comment", "qa": {"hitAt5": {"min": 0.9, "note": "measured 0.92"}, "falseRefusalRate": {"max": 0.05}, "factRate": {"min": 0.8}}}
            """));
        var metrics = new MetricSet().Set("hitAt5", 0.85).Set("falseRefusalRate", 0.1).Set("factRate", 0.8);

        var result = baseline.Check(metrics);

        Assert.False(result.Passed);
        Assert.Equal(3, result.Checked);
        Assert.Equal(["qa.hitAt5 = 0.85 is below its minimum 0.9", "qa.falseRefusalRate = 0.1 is above its maximum 0.05"], result.Violations.Select(v => v.Message));
    }

    [Fact]
    public void Check_OnlyQaMetrics_SkipsThePostsSection()
    {
        var baseline = GateBaseline.Read(folder.Write("b.json", """{"qa": {"hitAt5": {"min": 0.9}}, "posts": {"f1": {"min": 0.8}}}"""));

        var result = baseline.Check(new MetricSet().Set("hitAt5", 0.95));

        Assert.True(result.Passed);
        Assert.Equal(["qa"], result.Sections);
    }

    [Fact]
    public void Check_NamedSectionWithMissingMetric_Fails()
    {
        var baseline = GateBaseline.Read(folder.Write("b.json", """{"posts": {"f1": {"min": 0.8}, "rocAuc": {"min": 0.9}}}"""));

        var result = baseline.Check(new MetricSet().Set("f1", 0.85), "posts");

        Assert.Equal("posts.rocAuc: missing from the metrics file (required ≥ 0.9)", Assert.Single(result.Violations).Message);
    }

    [Fact]
    public void Check_NoBoundApplies_DoesNotPass()
    {
        var baseline = GateBaseline.Read(folder.Write("b.json", """{"posts": {"f1": {"min": 0.8}}}"""));

        Assert.False(baseline.Check(new MetricSet().Set("hitAt5", 1)).Passed);
    }

    [Theory]
    [InlineData("""{"qa": {"hitAt5": {"note": "no bound"}}}""", "qa.hitAt5 needs")]
    [InlineData("""{"qa": {"hitAt5": {"min": 0.9, "max": 0.5}}}""", "qa.hitAt5 has min 0.9 above max 0.5")]
    [InlineData("""{"qa": [1, 2]}""", "section \"qa\" must be an object")]
    [InlineData("""{"qa": """, "is not valid JSON")]
    public void Read_BadBaseline_NamesTheProblem(string json, string expected)
    {
        var path = folder.Write("bad.json", json);

        var error = Assert.Throws<InvalidDataException>(() => GateBaseline.Read(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepositoryBaseline_Sections_BoundDistinctMetricNames()
    {
        // A metrics file is checked against every section that bounds one of its metrics: a shared name would make a qa run
        // fail on the retrieval section's bounds.
        var baseline = GateBaseline.Read(RepositoryPaths.Resolve("eval/baseline.json"));

        var shared = baseline.Sections.SelectMany(s => s.Value.Keys).GroupBy(m => m).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(shared);
        Assert.Contains("retrieval", baseline.Sections.Keys);
    }

    public void Dispose() => folder.Dispose();
}
