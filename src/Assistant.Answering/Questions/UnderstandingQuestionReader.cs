using Assistant.Answering.Understanding;
using Assistant.Core.Questions;
using Assistant.Core.Text;

namespace Assistant.Answering.Questions;

/// <summary>
/// <see cref="IQuestionReader"/> through the question understanding: the signature of a message is the content terms and
/// provinces of its standalone question (the provinces' names left out of the terms), so chat writing, typos and everyday
/// words compare in the documents' terms.
/// </summary>
public sealed class UnderstandingQuestionReader(QuestionUnderstanding understanding) : IQuestionReader
{
    /// <inheritdoc />
    public QuestionSignature Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var understood = understanding.Understand(question);
        // Provinces are compared as slugs: their names' syllables ("can", "tho") would only blur the terms.
        var names = understood.Provinces
            .SelectMany(p => VietnameseText.Fold(p.MatchedName).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        return new QuestionSignature([.. understood.Terms.Where(t => !names.Contains(t))], understood.Provinces.Select(p => p.Province.Slug));
    }
}
