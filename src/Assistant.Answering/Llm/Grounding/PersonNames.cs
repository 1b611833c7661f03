using System.Text.RegularExpressions;
using Assistant.Core.Provinces;
using Assistant.Core.Text;

namespace Assistant.Answering.Llm.Grounding;

/// <summary>
/// Spots people's names in an answer, pragmatically: a run of capitalised syllables from a common Vietnamese
/// family name on ("Phó Thủ tướng Lê Thành Long" → "Lê Thành Long"), two to four syllables long, that is not a
/// province's name ("Hà Nội", "Thái Bình").
/// </summary>
public sealed partial class PersonNames
{
    private const int MaxSyllables = 4;

    private static readonly HashSet<string> FamilyNames = new(
        """
        Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trịnh Lương Mai Lâm Tạ Hà
        Cao Chu Tô Vương Thái Kiều Triệu Tăng Từ La Quách Lưu Đào Đàm Khúc Kim Lò Lường Hầu Giàng Vàng Sùng Thào Y
        Nông Ma Tống Châu Phùng Quan Mạc Bạch Khổng Thân Doãn Lại Ninh Tôn Thạch Danh Lã Âu Phí Giáp Cù Nghiêm Ứng
        Trương Bế Hứa Lục Vi Lầu Nhữ Diệp Đồng Mông Sầm Thiều
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(VietnameseText.Normalize),
        StringComparer.Ordinal);

    private readonly ProvinceDirectory? provinces;

    /// <summary>Creates the finder; with <paramref name="provinces"/> province names are never taken for people.</summary>
    public PersonNames(ProvinceDirectory? provinces = null) => this.provinces = provinces;

    /// <summary>The names in <paramref name="prepared"/> (text prepared with case kept); keys are lower case.</summary>
    public IReadOnlyList<Fact> Find(string prepared)
    {
        var places = (provinces?.FindIn(prepared) ?? []).Select(m => VietnameseText.Normalize(m.MatchedName).ToLowerInvariant()).ToList();
        var names = new List<Fact>();
        foreach (Match run in CapitalisedRun().Matches(prepared))
        {
            var words = WordPattern().Matches(run.Value).ToList();
            var first = words.FindIndex(w => FamilyNames.Contains(w.Value));
            if (first < 0 || words.Count - first < 2)
            {
                continue;
            }

            var last = Math.Min(words.Count, first + MaxSyllables) - 1;
            var name = run.Value[words[first].Index..(words[last].Index + words[last].Length)];
            var key = name.ToLowerInvariant();
            if (!places.Any(place => key.Contains(place, StringComparison.Ordinal) || place.Contains(key, StringComparison.Ordinal)))
            {
                names.Add(new Fact(FactKind.Name, name, key));
            }
        }

        return names.DistinctBy(n => n.Key).ToList();
    }

    [GeneratedRegex(@"(?<!\p{L})\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+(?!\p{L})")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
