using Assistant.Core.Questions;
using Assistant.Review.Insights;

namespace Assistant.Review.Tests.Insights;

public sealed class TopicGrouperTests
{
    [Fact]
    public void Group_SimilarQuestions_JoinTheTopicOfTheirClosestQuestion()
    {
        QuestionSignature[] signatures =
        [
            new(["kinh", "phi", "truyen", "thong"], ["can-tho"]),
            new(["ai", "ky", "ke", "hoach"], ["can-tho"]),
            new(["kinh", "phi", "truyen", "thong", "lay"], []),
            new(["kinh", "phi", "truyen", "thong"], ["lang-son"]),
        ];

        var topics = TopicGrouper.Group(signatures, 0.8);

        // The third joins the first (no province); the fourth names another province than the first: a topic of its own.
        Assert.Equal([0, 1, 0, 2], topics);
    }

    [Fact]
    public void Group_ThresholdAboveEverySimilarity_EachQuestionItsOwnTopic()
    {
        QuestionSignature[] signatures = [new(["a", "b"], []), new(["a", "c"], [])];

        Assert.Equal([0, 1], TopicGrouper.Group(signatures, 0.9));
    }
}
