using Assistant.Core.Official;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;
using Assistant.Core.Text;
using Assistant.Review.Workflow;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Official;

/// <summary>
/// The workflow of official answers: a spokesperson (for their province) or an admin writes a draft citing corpus
/// passages (their text is resolved and kept as approved), an admin publishes or withdraws it. Refusals are
/// <see cref="ReviewException"/>s with the Vietnamese sentence to show.
/// </summary>
public sealed class OfficialAnswerService(
    IOfficialAnswerStore store,
    IRetriever retriever,
    ProvinceDirectory provinces,
    IOptions<ListeningOptions> options,
    TimeProvider time)
{
    private const int MaxQuestionLength = 500;
    private const int MaxParaphrases = 30;
    private const int MaxCitations = 10;

    /// <summary>Stores a draft written by <paramref name="actor"/>.</summary>
    public async Task<OfficialAnswer> CreateAsync(ReviewActor actor, OfficialAnswerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var question = Required(input.Question, MaxQuestionLength, "Vui lòng nhập câu hỏi (tối đa 500 ký tự).");
        var answer = Required(input.Answer, options.Value.MaxAnswerLength, $"Vui lòng nhập nội dung giải đáp (tối đa {options.Value.MaxAnswerLength} ký tự).");
        var paraphrases = (input.Paraphrases ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => VietnameseText.Normalize(p).Trim()).Distinct().ToList();
        if (paraphrases.Count > MaxParaphrases || paraphrases.Any(p => p.Length > MaxQuestionLength))
        {
            throw Invalid($"Tối đa {MaxParaphrases} cách hỏi khác, mỗi cách tối đa {MaxQuestionLength} ký tự.");
        }

        var draft = new OfficialAnswerDraft(ProvinceOf(actor, input.Province), question, paraphrases, answer, Citations(input.Citations ?? []), input.TopicKey);
        return await store.CreateAsync(draft, actor.Login, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>The answers <paramref name="actor"/> may see: an admin all, a spokesperson their province's and the national ones.</summary>
    public async Task<IReadOnlyList<OfficialAnswer>> ListAsync(ReviewActor actor, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(cancellationToken)).Where(a => CanSee(actor, a))];

    /// <summary>One answer with its history, when <paramref name="actor"/> may see it.</summary>
    public async Task<(OfficialAnswer Answer, IReadOnlyList<OfficialAnswerAudit> History)> DetailAsync(ReviewActor actor, long id, CancellationToken cancellationToken)
    {
        var answer = await store.GetAsync(id, cancellationToken);
        return answer is not null && CanSee(actor, answer)
            ? (answer, await store.HistoryAsync(id, cancellationToken))
            : throw new ReviewException(ReviewErrorKind.NotFound, "Không tìm thấy giải đáp chính thức.");
    }

    /// <summary>Publishes the answer (admins only); <paramref name="version"/> null acts on the current version.</summary>
    public Task<OfficialAnswer> PublishAsync(ReviewActor actor, long id, long? version, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, version, OfficialAnswerStates.Published, cancellationToken);

    /// <summary>Withdraws the answer (admins only): it is no longer served.</summary>
    public Task<OfficialAnswer> WithdrawAsync(ReviewActor actor, long id, long? version, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, version, OfficialAnswerStates.Withdrawn, cancellationToken);

    private async Task<OfficialAnswer> ChangeAsync(ReviewActor actor, long id, long? version, string state, CancellationToken cancellationToken)
    {
        if (!actor.SeesAll)
        {
            throw Invalid("Chỉ quản trị viên được công bố hoặc rút giải đáp chính thức.");
        }

        var (current, _) = await DetailAsync(actor, id, cancellationToken);
        if (current.State == state)
        {
            throw Invalid(state == OfficialAnswerStates.Published ? "Giải đáp này đã được công bố." : "Giải đáp này đã được rút.");
        }

        try
        {
            return await store.SetStateAsync(id, version ?? current.Version, state, actor.Login, time.GetUtcNow(), cancellationToken)
                ?? throw new ReviewException(ReviewErrorKind.NotFound, "Không tìm thấy giải đáp chính thức.");
        }
        catch (OfficialAnswerConflictException)
        {
            throw new ReviewException(ReviewErrorKind.Conflict, "Giải đáp này vừa được người khác cập nhật. Vui lòng tải lại trang rồi thao tác lại.");
        }
    }

    private static bool CanSee(ReviewActor actor, OfficialAnswer answer) => actor.SeesAll || answer.Province is null || answer.Province == actor.Province;

    private string? ProvinceOf(ReviewActor actor, string? requested)
    {
        if (!actor.SeesAll)
        {
            return requested is null || requested == actor.Province
                ? actor.Province
                : throw Invalid("Người phát ngôn chỉ viết giải đáp cho tỉnh, thành phố của mình.");
        }

        return string.IsNullOrWhiteSpace(requested) ? null
            : provinces.Find(requested) is not null ? requested
            : throw Invalid($"Không có tỉnh, thành phố với mã \"{requested}\".");
    }

    private List<OfficialCitation> Citations(IReadOnlyList<CitationRef> references)
    {
        if (references.Count > MaxCitations)
        {
            throw Invalid($"Tối đa {MaxCitations} trích dẫn.");
        }

        var citations = new List<OfficialCitation>();
        foreach (var reference in references)
        {
            var document = retriever.Documents.FirstOrDefault(d => d.Info.Id == reference.Doc);
            var passages = document?.Passages.Where(p => p.Section == reference.Section).ToList() ?? [];
            if (passages.Count == 0)
            {
                throw Invalid($"Không tìm thấy mục \"{reference.Section}\" trong văn bản \"{reference.Doc}\".");
            }

            citations.Add(new OfficialCitation(document!.Info.Id, reference.Section!, document.Info.Title, string.Join("\n", passages.Select(p => p.Text))));
        }

        return citations;
    }

    private static string Required(string? text, int maxLength, string message) =>
        string.IsNullOrWhiteSpace(text) || text.Trim().Length > maxLength ? throw Invalid(message) : VietnameseText.Normalize(text).Trim();

    private static ReviewException Invalid(string message) => new(ReviewErrorKind.Invalid, message);
}
