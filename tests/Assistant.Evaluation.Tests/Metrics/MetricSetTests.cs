using Assistant.Evaluation.Metrics;

namespace Assistant.Evaluation.Tests.Metrics;

public sealed class MetricSetTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Theory]
    [InlineData(new[] { "peer", "province:can-tho", "hitAt5" }, "peerProvinceCanThoHitAt5")]
    [InlineData(new[] { null, "no-diacritics", "factRate" }, "noDiacriticsFactRate")]
    [InlineData(new[] { "llm", null, "p95Ms" }, "llmP95Ms")]
    [InlineData(new[] { null, null, "hitAt5" }, "hitAt5")]
    public void Compose_Parts_GiveCamelCase(string?[] parts, string expected)
    {
        Assert.Equal(expected, MetricName.Compose(parts));
    }

    [Fact]
    public void ToJson_ThenRead_KeepsOrderAndValues()
    {
        var set = new MetricSet().Set("hitAt5", 0.912345).Set("p95Ms", 3.5).Set("questions", 114);
        var path = folder.Write("metrics.json", set.ToJson());

        var read = MetricSet.Read(path);

        Assert.Equal(["hitAt5", "p95Ms", "questions"], read.Values.Select(v => v.Key));
        Assert.Equal(0.9123, read["hitAt5"]);
        Assert.Null(read["missing"]);
    }

    [Fact]
    public void Add_OtherSet_PrefixesEveryNameAndKeepsTheValues()
    {
        var set = new MetricSet().Set("hitAt5", 0.9);

        set.Add(new MetricSet().Set("hitAt5", 0.7).Set("peerNoDiacriticsHitAt5", 0.5), "citizen-dev/questions");

        Assert.Equal(["hitAt5", "citizenDevQuestionsHitAt5", "citizenDevQuestionsPeerNoDiacriticsHitAt5"], set.Values.Select(v => v.Key));
        Assert.Equal(0.7, set["citizenDevQuestionsHitAt5"]);
    }

    [Fact]
    public void Compare_BetterWorseAndMissing_AreJudgedByDirection()
    {
        var previous = new MetricSet().Set("hitAt5", 0.9).Set("p95Ms", 10).Set("falseRefusalRate", 0.02).Set("gone", 1);
        var current = new MetricSet().Set("hitAt5", 0.92).Set("p95Ms", 12).Set("falseRefusalRate", 0.01).Set("new", 1);

        var deltas = MetricDelta.Compare(current, previous).ToDictionary(d => d.Name);

        Assert.Equal((0.02, 1), (deltas["hitAt5"].Change!.Value, deltas["hitAt5"].Verdict));
        Assert.Equal(-1, deltas["p95Ms"].Verdict);
        Assert.Equal(1, deltas["falseRefusalRate"].Verdict);
        Assert.Null(deltas["new"].Previous);
        Assert.Null(deltas["gone"].Current);
        Assert.Equal(0, deltas["gone"].Verdict);
    }

    public void Dispose() => folder.Dispose();
}
