namespace Assistant.Review.Workflow;

/// <summary>Progress of an item: <c>moi</c> → <c>dang_xu_ly</c> → <c>da_ket_luan</c> → <c>da_phan_hoi</c>.</summary>
public static class ReviewStates
{
    /// <summary>New, not yet looked at (the SLA clock runs).</summary>
    public const string New = "moi";

    /// <summary>In review.</summary>
    public const string InReview = "dang_xu_ly";

    /// <summary>Judged: a verdict is recorded.</summary>
    public const string Judged = "da_ket_luan";

    /// <summary>Responded: the reply is published.</summary>
    public const string Responded = "da_phan_hoi";

    /// <summary>All states in workflow order.</summary>
    public static IReadOnlyList<string> All { get; } = [New, InReview, Judged, Responded];

    /// <summary>True for a known state.</summary>
    public static bool IsValid(string? state) => state is not null && All.Contains(state);

    /// <summary>Vietnamese label shown on the dashboard.</summary>
    public static string Label(string state) => state switch
    {
        New => "Mới",
        InReview => "Đang xử lý",
        Judged => "Đã kết luận",
        Responded => "Đã phản hồi",
        _ => state,
    };

    /// <summary>Position in the workflow (0 for <c>moi</c>).</summary>
    public static int Rank(string state) => All.ToList().IndexOf(state);
}
