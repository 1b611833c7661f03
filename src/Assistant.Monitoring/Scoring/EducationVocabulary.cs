using Assistant.Core.Text;
using Assistant.Monitoring.Claims;

namespace Assistant.Monitoring.Scoring;

/// <summary>
/// Words that make a post about education policy (Nghị quyết, Bộ/Sở GD&amp;ĐT, kế hoạch truyền thông…) or about
/// education in general (học sinh, trường, giáo viên…). Generic policy words ("kế hoạch", "quyết định", "thủ tướng")
/// are left out, as adverts and other news use them too. Syllables that folded would mean something else ("thi" is
/// also "thì", "trường" also "trương", "sở" also "số") count only as written with diacritics; the folded phrases,
/// unambiguous, also read posts typed without diacritics.
/// </summary>
internal static class EducationVocabulary
{
    private static readonly string[] PolicyAccented =
    [
        "nghị quyết", "bộ chính trị", "bộ giáo dục", "sở giáo dục", "phòng giáo dục", "gd&đt", "gdđt", "kế hoạch truyền thông",
        "truyền thông giáo dục", "quyết định 157", "qđ 157", "qđ157",
    ];

    private static readonly string[] PolicyFolded =
    [
        "nghi quyet", "nq71", "nq", "qd157", "qd 157", "quyet dinh 157", "bo chinh tri", "bo giao duc", "so giao duc", "phong giao duc",
        "gd&dt", "gddt", "sgd", "bgd", "ke hoach truyen thong", "truyen thong giao duc",
    ];

    private static readonly string[] GeneralAccented =
    [
        "giáo dục", "đào tạo", "học sinh", "sinh viên", "trường", "giáo viên", "thầy cô", "nhà giáo", "học phí", "thi",
        "tuyển sinh", "hiệu trưởng", "mầm non", "tiểu học", "trung học", "đại học", "lớp", "sở", "phụ huynh", "người học",
        "sách giáo khoa",
    ];

    private static readonly string[] GeneralFolded =
    [
        "giao duc", "dao tao", "hoc sinh", "sinh vien", "giao vien", "thay co", "nha giao", "hoc phi", "tuyen sinh",
        "hieu truong", "mam non", "tieu hoc", "trung hoc", "dai hoc", "phu huynh", "truong hoc", "ky thi", "thi cu",
        "nguoi hoc", "sach giao khoa",
    ];

    /// <summary>Number of distinct education-policy terms the post uses.</summary>
    public static int PolicyTerms(ClaimText post) => Count(post, PolicyAccented, PolicyFolded);

    /// <summary>Number of distinct general education terms the post uses.</summary>
    public static int GeneralTerms(ClaimText post) => Count(post, GeneralAccented, GeneralFolded);

    private static int Count(ClaimText post, string[] accented, string[] folded) =>
        accented.Where(term => post.IndexOfAccented(term) >= 0).Select(VietnameseText.Fold)
            .Concat(folded.Where(post.Contains))
            .Distinct(StringComparer.Ordinal)
            .Count();
}
