namespace Assistant.Review.Items;

/// <summary>One accepted change of an item (append-only): who, when, what.</summary>
/// <param name="Actor">Login, <c>api:NAME</c> or <c>he-thong</c> for the monitor.</param>
/// <param name="At">When.</param>
/// <param name="Action">What kind of change: <c>tao_muc</c>, <c>gom_cum</c>, <c>phan_cong</c>, <c>trang_thai</c>, <c>ket_luan</c>, <c>ghi_chu</c>, <c>ban_nhap</c>.</param>
/// <param name="Detail">The change in words, e.g. "moi → dang_xu_ly".</param>
public sealed record AuditEntry(string Actor, DateTimeOffset At, string Action, string Detail);
