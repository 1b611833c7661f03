using Assistant.Core.Questions;

namespace Assistant.Review.Insights;

/// <summary>
/// Groups questions that mean the same: each question, in order, joins the topic holding its most similar question when
/// that similarity is at least the threshold, else starts a topic. A question that names a province never joins a topic
/// about other provinces (through a member that names none). Linear in questions × questions seen so far.
/// </summary>
public static class TopicGrouper
{
    /// <summary>The topic number (from 0, in order of first appearance) of each signature; empty signatures get a topic of their own.</summary>
    public static int[] Group(IReadOnlyList<QuestionSignature> signatures, double threshold)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        var topics = new int[signatures.Count];
        var provinces = new List<HashSet<string>>();
        for (var i = 0; i < signatures.Count; i++)
        {
            var (best, score) = (-1, 0.0);
            for (var j = 0; j < i; j++)
            {
                var similarity = signatures[i].SimilarityTo(signatures[j]);
                if (similarity > score && Compatible(signatures[i], provinces[topics[j]]))
                {
                    (best, score) = (j, similarity);
                }
            }

            if (best >= 0 && score >= threshold)
            {
                topics[i] = topics[best];
                provinces[topics[i]].UnionWith(signatures[i].Provinces);
            }
            else
            {
                topics[i] = provinces.Count;
                provinces.Add([.. signatures[i].Provinces]);
            }
        }

        return topics;
    }

    private static bool Compatible(QuestionSignature question, HashSet<string> topicProvinces) =>
        question.Provinces.Count == 0 || topicProvinces.Count == 0 || topicProvinces.Overlaps(question.Provinces);
}
