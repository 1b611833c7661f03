using System.Runtime.CompilerServices;
using Assistant.Core.Answers;

namespace Assistant.Web.Tests.Chat;

/// <summary>
/// An answerer that behaves like a model whose draft failed its check: it streams a draft, sends it as an answer,
/// then sends the corrected answer that must replace it. With <see cref="FailMidway"/> it throws after the first delta.
/// </summary>
public sealed class CorrectingAnswerer : IAnswerer
{
    public const string Draft = "Bản nháp chưa kiểm chứng.";
    public const string Corrected = "Câu trả lời đã kiểm chứng theo văn bản.";

    public bool FailMidway { get; init; }

    public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken = default) =>
        Task.FromResult(Make(question, Corrected, "llm-draft-failed"));

    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return new AnswerTextDelta("Bản nháp ");
        await Task.Yield();
        if (FailMidway)
        {
            throw new InvalidOperationException("model connection dropped");
        }

        yield return new AnswerTextDelta("chưa kiểm chứng.");
        yield return new AnswerFinal(Make(question, Draft, null) with { Mode = AnswerMode.Llm });
        yield return new AnswerFinal(Make(question, Corrected, "llm-draft-failed"));
    }

    private static Answer Make(string question, string text, string? fallback) => new()
    {
        Question = question,
        Text = text,
        FallbackReason = fallback,
        Citations = [new Citation("quyet-dinh-157-ttg", "Header", "Quyết định 157/QĐ-TTg", "Phó Thủ tướng Lê Thành Long")],
    };
}
