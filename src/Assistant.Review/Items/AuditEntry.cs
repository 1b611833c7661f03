using Assistant.Review.Workflow;

namespace Assistant.Review.Items;

/// <summary>One accepted change of an item (append-only): who, when, what.</summary>
/// <param name="Actor">Login, <c>api:NAME</c> or <c>he-thong</c> for the monitor.</param>
/// <param name="At">When.</param>
/// <param name="Action">What kind of change: a code of <see cref="ReviewActions"/> (<c>tao_muc</c>, <c>ket_luan</c>, <c>dua_vao_hang_cho</c>…).</param>
/// <param name="Detail">The change in words, e.g. "moi → dang_xu_ly".</param>
public sealed record AuditEntry(string Actor, DateTimeOffset At, string Action, string Detail)
{
    /// <summary>The action as the dashboard names it ("Ghi kết luận"), also in the API's history.</summary>
    public string ActionLabel => ReviewActions.Label(Action);
}
