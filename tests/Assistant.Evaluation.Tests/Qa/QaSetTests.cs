using Assistant.Evaluation.Qa;

namespace Assistant.Evaluation.Tests.Qa;

public sealed class QaSetTests
{
    [Fact]
    public void Labels_SharedFileNames_TakeTheirFolderAndOthersTheirName()
    {
        var labels = QaSet.Labels(["eval/questions.jsonl", "../shared/datasets/citizen-dev/questions.jsonl", "eval/dev-questions.jsonl"]);

        Assert.Equal(["eval/questions", "citizen-dev/questions", "dev-questions"], labels);
    }

    [Fact]
    public void Labels_SameFileTwice_AreNumbered()
    {
        Assert.Equal(["eval/questions-1", "eval/questions-2"], QaSet.Labels(["eval/questions.jsonl", "eval/questions.jsonl"]));
    }
}
