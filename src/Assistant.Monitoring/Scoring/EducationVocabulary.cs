using Assistant.Core.Text;
using Assistant.Monitoring.Claims;

namespace Assistant.Monitoring.Scoring;

/// <summary>
/// Words that make a post about education or education policy; generic policy words ("kế hoạch", "quyết định",
/// "thủ tướng") are left out, as adverts and other news use them too. Syllables that folded would mean something else
/// ("thi" is also "thì", "trường" also "trương", "sở" also "số") count only as written with diacritics; the folded
/// phrases, unambiguous, also read posts typed without diacritics.
/// </summary>
internal static class EducationVocabulary
{
    private static readonly string[] Accented =
    [
        "giáo dục", "đào tạo", "học sinh", "sinh viên", "trường", "giáo viên", "thầy cô", "nhà giáo", "học phí", "thi",
        "tuyển sinh", "nghị quyết", "hiệu trưởng", "mầm non", "tiểu học", "trung học", "đại học", "lớp", "sở", "phụ huynh",
        "bộ chính trị", "quyết định 157", "qđ 157", "qđ157", "người học", "sách giáo khoa",
    ];

    private static readonly string[] Folded =
    [
        "giao duc", "dao tao", "hoc sinh", "sinh vien", "giao vien", "thay co", "nha giao", "hoc phi", "tuyen sinh",
        "nghi quyet", "nq71", "nq", "qd157", "qd 157", "quyet dinh 157", "hieu truong", "mam non", "tieu hoc", "trung hoc",
        "dai hoc", "phu huynh", "gd&dt", "gddt", "sgd", "bgd", "bo chinh tri", "truong hoc",
        "ky thi", "thi cu", "nguoi hoc", "sach giao khoa",
    ];

    /// <summary>Number of distinct education terms the post uses.</summary>
    public static int Count(ClaimText post) =>
        Accented.Where(term => post.IndexOfAccented(term) >= 0).Select(VietnameseText.Fold)
            .Concat(Folded.Where(post.Contains))
            .Distinct(StringComparer.Ordinal)
            .Count();
}
