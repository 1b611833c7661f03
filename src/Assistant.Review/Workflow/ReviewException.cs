namespace Assistant.Review.Workflow;

/// <summary>A refused review action, with the Vietnamese sentence to show the reviewer.</summary>
public sealed class ReviewException(ReviewErrorKind kind, string message) : Exception(message)
{
    /// <summary>Why it was refused.</summary>
    public ReviewErrorKind Kind { get; } = kind;

    /// <summary>The sentence shown when someone else changed the item first.</summary>
    public const string ConflictMessage = "Mục này vừa được người khác cập nhật. Vui lòng tải lại trang để xem thay đổi mới nhất rồi thao tác lại.";

    /// <summary>The sentence shown for an unknown or hidden item.</summary>
    public const string NotFoundMessage = "Không tìm thấy mục cần xem xét.";
}
