using Assistant.Review.Accounts;
using Assistant.Review.Alerts;
using Assistant.Review.Drafts;
using Assistant.Review.Items;
using Assistant.Review.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Workflow;

/// <summary>
/// The reviewers' actions on items: every action checks that the actor may see the item, validates the change, stores it
/// only if the item is still at the version the reviewer saw, and audits it.
/// </summary>
public sealed class ReviewService(
    IReviewRepository repository,
    AccountService accounts,
    AssignmentAlerter alerter,
    DraftReplyWriter drafts,
    IOptions<ReviewOptions> options,
    TimeProvider time)
{
    /// <summary>The items the actor may see that match the filter, highest priority first.</summary>
    public async Task<IReadOnlyList<RankedItem>> ListAsync(ReviewActor actor, ReviewFilter filter, CancellationToken cancellationToken = default)
    {
        var items = await repository.ListAsync(filter, cancellationToken);
        var now = time.GetUtcNow();
        return items
            .Where(actor.CanSee)
            .Select(item => ReviewPriority.Rank(item, now, options.Value))
            .OrderByDescending(ranked => ranked.Priority)
            .ThenBy(ranked => ranked.Item.Id)
            .ToList();
    }

    /// <summary>The item with its priority, if the actor may see it.</summary>
    /// <exception cref="ReviewException">Not found or not visible.</exception>
    public async Task<RankedItem> GetAsync(ReviewActor actor, long id, CancellationToken cancellationToken = default)
    {
        var item = await FindVisibleAsync(actor, id, cancellationToken);
        return ReviewPriority.Rank(item, time.GetUtcNow(), options.Value);
    }

    /// <summary>The item with its priority and its audit trail, if the actor may see it (the item read once).</summary>
    /// <exception cref="ReviewException">Not found or not visible.</exception>
    public async Task<(RankedItem Item, IReadOnlyList<AuditEntry> History)> DetailAsync(ReviewActor actor, long id, CancellationToken cancellationToken = default)
    {
        var item = await FindVisibleAsync(actor, id, cancellationToken);
        var history = await repository.AuditAsync(id, cancellationToken);
        return (ReviewPriority.Rank(item, time.GetUtcNow(), options.Value), history);
    }

    /// <summary>Assigns the item to an enabled account (a spokesperson must cover the item's province); alerts if the risk is high.</summary>
    public async Task<ReviewItem> AssignAsync(ReviewActor actor, long id, long version, string login, CancellationToken cancellationToken = default)
    {
        var item = await FindVisibleAsync(actor, id, cancellationToken);
        var account = await accounts.FindEnabledAsync(login.Trim(), cancellationToken)
            ?? throw new ReviewException(ReviewErrorKind.Invalid, $"Không có tài khoản đang hoạt động tên \"{login}\".");
        if (account.Role == ReviewRoles.Spokesperson && account.Province != item.Province)
        {
            throw new ReviewException(ReviewErrorKind.Invalid, "Người phát ngôn này không phụ trách tỉnh của mục; hãy chọn tài khoản của đúng tỉnh.");
        }

        var updated = await SaveAsync(actor, item, version, item with { AssignedTo = account.Login }, null, ReviewActions.Assigned, $"{item.AssignedTo ?? "(chưa giao)"} → {account.Login}", cancellationToken);
        await alerter.OnAssignedAsync(updated, account, cancellationToken);
        return updated;
    }

    /// <summary>Moves the item to a state; <c>da_ket_luan</c> and <c>da_phan_hoi</c> need a verdict first.</summary>
    public async Task<ReviewItem> SetStateAsync(ReviewActor actor, long id, long version, string state, CancellationToken cancellationToken = default)
    {
        if (!ReviewStates.IsValid(state))
        {
            throw new ReviewException(ReviewErrorKind.Invalid, "Trạng thái phải là moi, dang_xu_ly, da_ket_luan hoặc da_phan_hoi.");
        }

        var item = await FindVisibleAsync(actor, id, cancellationToken);
        if (ReviewStates.Rank(state) >= ReviewStates.Rank(ReviewStates.Judged) && item.Verdict is null)
        {
            throw new ReviewException(ReviewErrorKind.Invalid, "Cần ghi kết luận trước khi chuyển sang trạng thái này.");
        }

        return await SaveAsync(actor, item, version, item with { State = state }, null, ReviewActions.StateChanged, $"{item.State} → {state}", cancellationToken);
    }

    /// <summary>Records a verdict (and its note); the item moves to <c>da_ket_luan</c> unless already further.</summary>
    public async Task<ReviewItem> SetVerdictAsync(ReviewActor actor, long id, long version, string verdict, string? note, CancellationToken cancellationToken = default)
    {
        if (!ReviewVerdicts.IsValid(verdict))
        {
            throw new ReviewException(ReviewErrorKind.Invalid, "Kết luận phải là sai_su_that, gay_hieu_lam, chinh_xac hoặc khong_lien_quan.");
        }

        var text = CheckText(note, required: false);
        var item = await FindVisibleAsync(actor, id, cancellationToken);
        var now = time.GetUtcNow();
        var state = ReviewStates.Rank(item.State) < ReviewStates.Rank(ReviewStates.Judged) ? ReviewStates.Judged : item.State;
        var changed = item with { Verdict = verdict, State = state, JudgedAt = item.JudgedAt ?? now };
        var detail = $"{item.Verdict ?? "(chưa có)"} → {verdict}" + (state != item.State ? $"; {item.State} → {state}" : "");
        return await SaveAsync(actor, item, version, changed, text is null ? null : new ReviewNote(actor.Login, now, text), ReviewActions.Judged, detail, cancellationToken);
    }

    /// <summary>Adds a note.</summary>
    public async Task<ReviewItem> AddNoteAsync(ReviewActor actor, long id, long version, string text, CancellationToken cancellationToken = default)
    {
        var note = CheckText(text, required: true)!;
        var item = await FindVisibleAsync(actor, id, cancellationToken);
        return await SaveAsync(actor, item, version, item, new ReviewNote(actor.Login, time.GetUtcNow(), note), ReviewActions.Noted, Shorten(note), cancellationToken);
    }

    /// <summary>Stores an edited draft reply; with no text, generates a draft citing the official passages (the model's when configured and grounded, else extractive) and stores it.</summary>
    public async Task<ReviewItem> SaveDraftAsync(ReviewActor actor, long id, long version, string? text, CancellationToken cancellationToken = default)
    {
        var item = await FindVisibleAsync(actor, id, cancellationToken);
        var draft = CheckText(text, required: false);
        var action = draft is null ? ReviewActions.DraftGenerated : ReviewActions.DraftEdited;
        draft ??= await drafts.WriteAsync(item, cancellationToken);
        return await SaveAsync(actor, item, version, item with { Draft = draft }, null, action, Shorten(draft), cancellationToken);
    }

    private async Task<ReviewItem> FindVisibleAsync(ReviewActor actor, long id, CancellationToken cancellationToken)
    {
        var item = await repository.FindAsync(id, cancellationToken);
        return item is not null && actor.CanSee(item) ? item : throw new ReviewException(ReviewErrorKind.NotFound, ReviewException.NotFoundMessage);
    }

    private async Task<ReviewItem> SaveAsync(ReviewActor actor, ReviewItem current, long version, ReviewItem changed, ReviewNote? note, string action, string detail, CancellationToken cancellationToken)
    {
        if (current.Version != version)
        {
            throw new ReviewException(ReviewErrorKind.Conflict, ReviewException.ConflictMessage);
        }

        var now = time.GetUtcNow();
        try
        {
            return await repository.UpdateAsync(changed with { UpdatedAt = now }, version, note, [new AuditEntry(actor.Login, now, action, detail)], cancellationToken);
        }
        catch (ReviewConflictException)
        {
            throw new ReviewException(ReviewErrorKind.Conflict, ReviewException.ConflictMessage);
        }
    }

    private string? CheckText(string? text, bool required)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed is null && required)
        {
            throw new ReviewException(ReviewErrorKind.Invalid, "Vui lòng nhập nội dung.");
        }

        if (trimmed?.Length > options.Value.MaxTextLength)
        {
            throw new ReviewException(ReviewErrorKind.Invalid, $"Nội dung quá dài; tối đa {options.Value.MaxTextLength} ký tự.");
        }

        return trimmed;
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
