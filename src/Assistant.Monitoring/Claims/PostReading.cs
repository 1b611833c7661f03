using Assistant.Core.Provinces;
using Assistant.Core.Text;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// A post read once for every part of the scoring: its comparable text, its query tokens (abbreviations expanded,
/// folded view) and the provinces it names.
/// </summary>
/// <param name="Text">The folded and normalised text.</param>
/// <param name="Analyzed">Query tokens, exact and folded.</param>
/// <param name="Provinces">Provinces the post names.</param>
internal sealed record PostReading(ClaimText Text, AnalyzedText Analyzed, IReadOnlyList<ProvinceMention> Provinces);
