using Assistant.Core.Provinces;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Referral;

/// <summary>Writes, in Vietnamese, which education department to ask, with its configured contact if any.</summary>
public sealed class ReferralWriter(IOptions<ReferralOptions> options)
{
    /// <summary>"Sở Giáo dục và Đào tạo thành phố Cần Thơ (điện thoại: …)" or, with no province, a general pointer.</summary>
    public string WhereToAsk(Province? province)
    {
        if (province is null)
        {
            return "Sở Giáo dục và Đào tạo tỉnh, thành phố nơi bạn sinh sống";
        }

        var contact = options.Value.Contacts.GetValueOrDefault(province.Slug);
        var kind = province.Kind == "thanh-pho" ? "thành phố" : "tỉnh";
        var name = province.Name.StartsWith("TP ", StringComparison.Ordinal) ? "Thành phố " + province.Name[3..] : $"{kind} {province.Name}";
        var department = string.IsNullOrWhiteSpace(contact?.Department) ? $"Sở Giáo dục và Đào tạo {name}" : contact.Department;
        var details = new List<string>();
        if (!string.IsNullOrWhiteSpace(contact?.Phone))
        {
            details.Add($"điện thoại: {contact.Phone}");
        }

        if (!string.IsNullOrWhiteSpace(contact?.Website))
        {
            details.Add($"trang thông tin: {contact.Website}");
        }

        return details.Count == 0 ? department : $"{department} ({string.Join("; ", details)})";
    }
}
