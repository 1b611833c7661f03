using System.Text.RegularExpressions;

namespace Assistant.Review.Workflow;

/// <summary>The actions of the audit history, with the Vietnamese words the dashboard shows for them and their details.</summary>
public static partial class ReviewActions
{
    /// <summary>The monitor created the item.</summary>
    public const string Created = "tao_muc";

    /// <summary>A near-duplicate post joined the item.</summary>
    public const string Clustered = "gom_cum";

    /// <summary>The item was assigned.</summary>
    public const string Assigned = "phan_cong";

    /// <summary>The state changed.</summary>
    public const string StateChanged = "trang_thai";

    /// <summary>A verdict was recorded.</summary>
    public const string Judged = "ket_luan";

    /// <summary>A note was added.</summary>
    public const string Noted = "ghi_chu";

    /// <summary>A draft was generated.</summary>
    public const string DraftGenerated = "tao_ban_nhap";

    /// <summary>A draft was edited.</summary>
    public const string DraftEdited = "ban_nhap";

    /// <summary>A spokesperson put a post the monitor did not flag into the queue.</summary>
    public const string Escalated = "dua_vao_hang_cho";

    /// <summary>The Vietnamese name of an action (the code itself when unknown).</summary>
    public static string Label(string action) => action switch
    {
        Created => "Tạo mục",
        Clustered => "Gộp bài giống nhau",
        Assigned => "Giao việc",
        StateChanged => "Đổi trạng thái",
        Judged => "Ghi kết luận",
        Noted => "Thêm ghi chú",
        DraftGenerated => "Tạo bản nháp",
        DraftEdited => "Sửa bản nháp",
        Escalated => "Đưa vào hàng chờ",
        _ => action,
    };

    /// <summary>The name shown for an actor: "Hệ thống" for the monitor itself, else the login.</summary>
    public static string ActorLabel(string login) => login == ReviewActor.System.Login ? "Hệ thống" : login;

    /// <summary>
    /// The detail of a state change or verdict with every state and verdict code written as its Vietnamese label ("moi →
    /// dang_xu_ly" → "Mới → Đang xử lý"); other details (notes, drafts) as written.
    /// </summary>
    public static string ReadableDetail(string action, string detail) => action is not (StateChanged or Judged) ? detail :
        Code().Replace(detail, m => ReviewStates.IsValid(m.Value) ? ReviewStates.Label(m.Value)
            : ReviewVerdicts.IsValid(m.Value) ? ReviewVerdicts.Label(m.Value)
            : m.Value);

    [GeneratedRegex(@"(?<![\p{L}\d_-])[a-z]+(?:_[a-z]+)*(?![\p{L}\d_-])")]
    private static partial Regex Code();
}
