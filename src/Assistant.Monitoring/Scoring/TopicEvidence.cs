namespace Assistant.Monitoring.Scoring;

/// <summary>What the words of a post say about its topic, beside the classifier's view.</summary>
/// <param name="EducationTerms">Distinct education or education-policy terms the post uses (giáo dục, học sinh, Nghị quyết, Sở GD&amp;ĐT…).</param>
/// <param name="CorpusOverlap">Share (0–1) of the post's pairs of adjacent content words that the official documents also use.</param>
public sealed record TopicEvidence(int EducationTerms, double CorpusOverlap)
{
    /// <summary>Reads the evidence of a post against the corpus profile.</summary>
    internal static TopicEvidence Of(Claims.PostReading post, Claims.CorpusProfile profile)
    {
        var pairs = Claims.CorpusProfile.ContentPairs(post.Analyzed.Folded).Distinct(StringComparer.Ordinal).ToList();
        var overlap = pairs.Count == 0 ? 0 : (double)pairs.Count(profile.HasPair) / pairs.Count;
        return new TopicEvidence(EducationVocabulary.Count(post.Text), overlap);
    }
}
