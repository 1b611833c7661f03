using Assistant.Answering.Understanding;
using Assistant.Core.Questions;
using Assistant.Core.Retrieval;
using Assistant.Core.Text;

namespace Assistant.Answering.Questions;

/// <summary>
/// <see cref="IQuestionReader"/> through the question understanding: the signature of a message is the content terms,
/// kind of fact and provinces of its standalone question (the provinces' names left out of the terms), the terms weighted
/// by their rarity in the documents, so chat writing, typos and everyday words compare in the documents' terms and the
/// subject of a question counts more than the words every question about the plans shares.
/// </summary>
public sealed class UnderstandingQuestionReader(QuestionUnderstanding understanding, IRetriever retriever) : IQuestionReader
{
    private TermRarity? rarity;

    /// <inheritdoc />
    public QuestionSignature Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var understood = understanding.Understand(question);
        // Provinces are compared as slugs: their names' syllables ("can", "tho") would only blur the terms.
        var names = understood.Provinces
            .SelectMany(p => VietnameseText.Fold(p.MatchedName).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        var weights = Rarity();
        return new QuestionSignature(
            [.. understood.Terms.Where(t => !names.Contains(t))],
            understood.Provinces.Select(p => p.Province.Slug),
            weights.Weight,
            understood.Type.ToString());
    }

    private TermRarity Rarity()
    {
        var documents = retriever.Documents;
        var current = Volatile.Read(ref rarity);
        if (current is null || !ReferenceEquals(current.Documents, documents))
        {
            current = new TermRarity(documents) { Documents = documents };
            Volatile.Write(ref rarity, current);
        }

        return current;
    }
}
