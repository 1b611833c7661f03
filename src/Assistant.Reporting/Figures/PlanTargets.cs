using System.Text.RegularExpressions;
using Assistant.Core.Retrieval;

namespace Assistant.Reporting.Figures;

/// <summary>Reads the numeric targets of a province's plan: its passages that set a percentage or a least number ("100%", "tối thiểu 20 - 30").</summary>
public sealed partial class PlanTargets(IRetriever retriever)
{
    private const int MaxTargets = 30;

    /// <summary>The targets of <paramref name="province"/>'s plans (of the national documents when null), in document order.</summary>
    public IReadOnlyList<PlanTarget> Of(string? province) =>
        [.. retriever.Documents
            .Where(d => d.Info.Province == province)
            .SelectMany(d => d.Passages.Select(p => (d.Info.Id, Passage: p)))
            .Where(p => Numeric().IsMatch(p.Passage.Text))
            .Select(p => new PlanTarget(p.Id, p.Passage.Section, Shorten(p.Passage.Text)))
            .DistinctBy(t => t.Text)
            .Take(MaxTargets)];

    private static string Shorten(string text)
    {
        var trimmed = text.Trim().TrimStart('-', '+', '•', ' ');
        return trimmed.Length <= 400 ? trimmed : trimmed[..400] + "…";
    }

    [GeneratedRegex(@"\d+\s*%|tối thiểu\s+\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}
