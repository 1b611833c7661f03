using Assistant.Answering.Llm.Grounding;

namespace Assistant.Answering.Tests.Llm.Grounding;

public sealed class NumericFactsTests
{
    [Fact]
    public void Find_MixedText_EachFactOnceWithItsKind()
    {
        var prose = FactText.Prepare("Ngày 20/01/2026, Quyết định 157/QĐ-TTg đặt mục tiêu 100 % trong giai đoạn 2026 - 2030, tháng 8 năm 2025.", keepCase: true);

        var facts = NumericFacts.Find(prose);

        Assert.Equal(
            [(FactKind.DocumentNumber, "157/qđ-ttg"), (FactKind.Date, "20/1/2026"), (FactKind.Date, "8/2025"), (FactKind.Percent, "100%"), (FactKind.Number, "2026"), (FactKind.Number, "2030")],
            facts.Select(f => (f.Kind, f.Key)).ToArray());
    }

    [Theory]
    [InlineData("1.000", "1000")]
    [InlineData("1,000,000", "1000000")]
    [InlineData("1,5", "1.5")]
    [InlineData("02", "2")]
    [InlineData("0", "0")]
    public void NumberKey_WrittenEitherWay_SameKey(string number, string key)
    {
        Assert.Equal(key, NumericFacts.NumberKey(number));
    }

    [Fact]
    public void EvidenceKeys_WrittenDate_GivesDayMonthAndMonthYearToo()
    {
        var keys = NumericFacts.EvidenceKeys(FactText.Prepare("ngày 22 tháng 8 năm 2025 của Bộ Chính trị"));

        Assert.Contains("22/8/2025", keys);
        Assert.Contains("22/8", keys);
        Assert.Contains("8/2025", keys);
    }

    [Fact]
    public void Find_LowerCaseWordAfterDash_IsNotADocumentNumber()
    {
        var facts = NumericFacts.Find(FactText.Prepare("từ năm 2025 - nay", keepCase: true));

        Assert.Equal([(FactKind.Number, "2025")], facts.Select(f => (f.Kind, f.Key)).ToArray());
    }
}
