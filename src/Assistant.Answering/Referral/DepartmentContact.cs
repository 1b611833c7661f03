namespace Assistant.Answering.Referral;

/// <summary>The contact of one province's education department, as configured.</summary>
public sealed class DepartmentContact
{
    /// <summary>Department name, e.g. "Sở Giáo dục và Đào tạo thành phố Cần Thơ"; derived from the province when empty.</summary>
    public string? Department { get; set; }

    /// <summary>Phone number, or empty.</summary>
    public string? Phone { get; set; }

    /// <summary>Web page, or empty.</summary>
    public string? Website { get; set; }
}
