using Assistant.Monitoring.Claims;

namespace Assistant.Monitoring.Scoring;

/// <summary>What the words of a post say about its topic, beside the classifier's view.</summary>
/// <param name="PolicyTerms">Education-policy terms the post uses (Nghị quyết, Sở GD&amp;ĐT…), a document of the corpus cited by number counting as one.</param>
/// <param name="EducationTerms">General education terms the post uses (học sinh, trường, giáo viên…).</param>
/// <param name="CorpusOverlap">Share (0–1) of the post's pairs of adjacent content words that the official documents also use.</param>
public sealed record TopicEvidence(int PolicyTerms, int EducationTerms, double CorpusOverlap)
{
    /// <summary>Reads the evidence of a post against the corpus profile.</summary>
    internal static TopicEvidence Of(PostReading post, CorpusProfile profile)
    {
        var pairs = CorpusProfile.ContentPairs(post.Analyzed.Folded).Distinct(StringComparer.Ordinal).ToList();
        var overlap = pairs.Count == 0 ? 0 : (double)pairs.Count(profile.HasPair) / pairs.Count;
        var citesCorpus = post.Text.References().Any(r => profile.Facts.Dates.ContainsKey(r.Number) || profile.Facts.ByNumber.ContainsKey(r.Number));
        return new TopicEvidence(EducationVocabulary.PolicyTerms(post.Text) + (citesCorpus ? 1 : 0), EducationVocabulary.GeneralTerms(post.Text), overlap);
    }
}
