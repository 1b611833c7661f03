using Assistant.Core.Provinces;
using Assistant.Core.Text;
using Assistant.Monitoring.Claims;
using Assistant.Monitoring.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Monitoring.Tests.Claims;

public sealed class ClaimQueryTests(PipelineFixture pipeline)
{
    [Fact]
    public void Build_LongPost_KeepsTheProvinceAndAtMostTheRarestTerms()
    {
        using var services = pipeline.BuildServices();
        var checker = services.GetRequiredService<ClaimChecker>();
        var post = checker.Read(string.Join(' ', Enumerable.Repeat("Hải Phòng yêu cầu tối thiểu 70% cán bộ làm công tác truyền thông tại Sở Giáo dục và Đào tạo, các cơ sở giáo dục được đào tạo, bồi dưỡng thường xuyên, có năng lực truyền thông chuyên nghiệp, mọi người nhớ chia sẻ.", 3)));

        var query = ClaimQuery.Build(post.Analyzed, post.Provinces, checker.Profile(), 8);

        Assert.StartsWith("Hải Phòng ", query, StringComparison.Ordinal);
        Assert.True(VietnameseAnalyzer.Tokenize(query).Count <= 2 + 8, query);
        Assert.Contains("70", query, StringComparison.Ordinal);
        Assert.DoesNotContain("giáo dục", query, StringComparison.Ordinal);
        Assert.DoesNotContain(" hải ", query, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoTermTheCorpusUses_Empty()
    {
        using var services = pipeline.BuildServices();
        var checker = services.GetRequiredService<ClaimChecker>();
        var post = checker.Read("xyzzy qwerty");

        Assert.Equal(string.Empty, ClaimQuery.Build(post.Analyzed, [], checker.Profile(), 8));
    }
}
