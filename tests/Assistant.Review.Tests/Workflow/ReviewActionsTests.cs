using Assistant.Review.Workflow;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Tests.Workflow;

public sealed class ReviewActionsTests
{
    [Theory]
    [InlineData(ReviewActions.Created, "Tạo mục")]
    [InlineData(ReviewActions.DraftEdited, "Sửa bản nháp")]
    [InlineData(ReviewActions.Escalated, "Đưa vào hàng chờ")]
    [InlineData("ma_moi", "ma_moi")]
    public void Label_Action_Vietnamese(string action, string label) => Assert.Equal(label, ReviewActions.Label(action));

    [Fact]
    public void ActorLabel_System_IsHeThong() => Assert.Equal("Hệ thống", ReviewActions.ActorLabel(ReviewActor.System.Login));

    [Fact]
    public void ReadableDetail_StateAndVerdictCodes_WrittenAsLabels_NotesUntouched()
    {
        Assert.Equal("Mới → Đang xử lý", ReviewActions.ReadableDetail(ReviewActions.StateChanged, "moi → dang_xu_ly"));
        Assert.Equal("(chưa có) → Sai sự thật; Mới → Đã kết luận", ReviewActions.ReadableDetail(ReviewActions.Judged, "(chưa có) → sai_su_that; moi → da_ket_luan"));
        Assert.Equal("tin moi", ReviewActions.ReadableDetail(ReviewActions.Noted, "tin moi"));
    }

    [Fact]
    public void ReviewClock_Default_ShowsVietnamTime()
    {
        var clock = new ReviewClock(Options.Create(new ReviewOptions()));

        Assert.Equal("02/02/2026 15:00", clock.Format(new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal("giờ Việt Nam", clock.ZoneName);
    }

    [Fact]
    public void ReviewOptions_UnknownTimeZone_NamesTheSetting()
    {
        var errors = new ReviewOptions { TimeZone = "Sao/Hoa" }.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(new object()));

        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Review:TimeZone 'Sao/Hoa'", StringComparison.Ordinal));
    }
}
