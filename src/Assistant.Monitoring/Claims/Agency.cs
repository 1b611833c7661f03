namespace Assistant.Monitoring.Claims;

/// <summary>A public body the plans give duties to, with the folded ways posts and documents write its name.</summary>
/// <param name="Name">The name as the documents write it.</param>
/// <param name="FoldedNames">Folded spellings, longest first ("bo giao duc va dao tao", "bo gd&amp;dt").</param>
internal sealed record Agency(string Name, IReadOnlyList<string> FoldedNames)
{
    /// <summary>The bodies recognised, ministries and departments apart.</summary>
    public static IReadOnlyList<Agency> Known { get; } =
    [
        new("Bộ Giáo dục và Đào tạo", ["bo giao duc va dao tao", "bo giao duc dao tao", "bo gd&dt", "bo gddt", "bo gd-dt", "bgd&dt", "bgddt", "bo giao duc"]),
        new("Bộ Văn hóa, Thể thao và Du lịch", ["bo van hoa, the thao va du lich", "bo van hoa the thao va du lich", "bo vhttdl", "bo van hoa"]),
        new("Bộ Ngoại giao", ["bo ngoai giao"]),
        new("Bộ Y tế", ["bo y te"]),
        new("Bộ Công an", ["bo cong an"]),
        new("Bộ Tài chính", ["bo tai chinh"]),
        new("Bộ Nội vụ", ["bo noi vu"]),
        new("Bộ Quốc phòng", ["bo quoc phong"]),
        new("Bộ Khoa học và Công nghệ", ["bo khoa hoc va cong nghe", "bo khcn"]),
        new("Bộ Thông tin và Truyền thông", ["bo thong tin va truyen thong", "bo tt&tt", "bo tttt"]),
        new("Bộ Lao động - Thương binh và Xã hội", ["bo lao dong"]),
        new("Sở Giáo dục và Đào tạo", ["so giao duc va dao tao", "so giao duc dao tao", "so gd&dt", "so gddt", "so gd-dt", "sgd&dt", "sgddt", "so giao duc"]),
        new("Sở Văn hóa, Thể thao và Du lịch", ["so van hoa, the thao va du lich", "so van hoa the thao va du lich", "so vhttdl", "so van hoa"]),
        new("Sở Ngoại vụ", ["so ngoai vu"]),
        new("Sở Y tế", ["so y te"]),
        new("Sở Tài chính", ["so tai chinh"]),
        new("Sở Nội vụ", ["so noi vu"]),
        new("Công an tỉnh", ["cong an tinh", "cong an thanh pho"]),
        new("Ban Tuyên giáo", ["ban tuyen giao"]),
    ];

    /// <summary>The agencies a folded span names, each with its first position, in order.</summary>
    public static IReadOnlyList<(Agency Agency, int Position)> FindIn(ClaimText text, int start = 0, int length = -1)
    {
        var end = length < 0 ? text.Folded.Length : start + length;
        var found = new List<(Agency Agency, int Position)>();
        foreach (var agency in Known)
        {
            var first = agency.FoldedNames
                .Select(name => (Name: name, At: text.IndexOf(name, start)))
                .Where(m => m.At >= 0 && m.At + m.Name.Length <= end)
                .Select(m => m.At)
                .DefaultIfEmpty(-1)
                .Min();
            if (first >= 0)
            {
                found.Add((agency, first));
            }
        }

        return found.OrderBy(f => f.Position).ToList();
    }
}
