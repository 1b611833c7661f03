using System.Globalization;
using Assistant.Core.Answers;
using Assistant.Core.Official;
using Assistant.Core.Provinces;

namespace Assistant.Answering.Official;

/// <summary>Writes a published official answer as the citizen sees it: the department's name and date above the answer.</summary>
public static class OfficialAnswerText
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>The Answer (mode <c>official</c>) that serves <paramref name="official"/> to <paramref name="question"/>.</summary>
    public static Answer ToAnswer(OfficialAnswer official, string question, ProvinceDirectory provinces)
    {
        ArgumentNullException.ThrowIfNull(official);
        var publishedAt = official.PublishedAt ?? throw new ArgumentException("The official answer is not published.", nameof(official));
        var date = publishedAt.ToOffset(VietnamOffset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var header = $"Giải đáp của {DepartmentName(official.Province, provinces)} (công bố ngày {date}):";
        var signature = official.OwnStatement ? $"\n(Ý kiến của {DepartmentName(official.Province, provinces)}, người ký: {official.Author}.)" : "";
        return new Answer
        {
            Question = question,
            Text = $"{header}\n{official.Text.Trim()}{signature}",
            Mode = AnswerMode.Official,
            Official = new OfficialSource(official.Id, official.Province, publishedAt),
            Citations = [.. official.Citations.Select(c => new Citation(c.Doc, c.Section, c.Title, c.Text))],
        };
    }

    /// <summary>"Sở Giáo dục và Đào tạo thành phố Cần Thơ", or the national wording when no province is set.</summary>
    public static string DepartmentName(string? province, ProvinceDirectory provinces) =>
        province is not null && provinces.Find(province) is { } found
            ? $"Sở Giáo dục và Đào tạo {found.Label}"
            : "cơ quan quản lý giáo dục";
}
