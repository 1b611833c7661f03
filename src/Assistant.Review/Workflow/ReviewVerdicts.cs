namespace Assistant.Review.Workflow;

/// <summary>What a spokesperson concluded about an item's claim.</summary>
public static class ReviewVerdicts
{
    /// <summary>False.</summary>
    public const string False = "sai_su_that";

    /// <summary>Misleading.</summary>
    public const string Misleading = "gay_hieu_lam";

    /// <summary>Accurate.</summary>
    public const string Accurate = "chinh_xac";

    /// <summary>Not relevant to education policy.</summary>
    public const string Unrelated = "khong_lien_quan";

    /// <summary>All verdicts.</summary>
    public static IReadOnlyList<string> All { get; } = [False, Misleading, Accurate, Unrelated];

    /// <summary>True for a known verdict.</summary>
    public static bool IsValid(string? verdict) => verdict is not null && All.Contains(verdict);

    /// <summary>True when the verdict becomes a known claim the monitor matches (false or misleading).</summary>
    public static bool IsKnownClaim(string? verdict) => verdict is False or Misleading;

    /// <summary>The training label of the classifier: <c>misinformation</c>, <c>accurate</c> or <c>unrelated</c>.</summary>
    public static string TrainingLabel(string verdict) => verdict switch
    {
        False or Misleading => "misinformation",
        Accurate => "accurate",
        Unrelated => "unrelated",
        _ => throw new ArgumentException($"Unknown verdict '{verdict}'.", nameof(verdict)),
    };

    /// <summary>Vietnamese label shown on the dashboard.</summary>
    public static string Label(string? verdict) => verdict switch
    {
        False => "Sai sự thật",
        Misleading => "Gây hiểu lầm",
        Accurate => "Chính xác",
        Unrelated => "Không liên quan",
        null => "Chưa kết luận",
        _ => verdict,
    };
}
