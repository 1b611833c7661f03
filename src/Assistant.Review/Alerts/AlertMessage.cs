using System.Globalization;
using Assistant.Review.Items;

namespace Assistant.Review.Alerts;

/// <summary>The Vietnamese text of a review alert: the item, its risk and province, a short excerpt, and a link when the dashboard's address is known.</summary>
public static class AlertMessage
{
    /// <summary>Longest excerpt of the claim, in characters.</summary>
    public const int ExcerptLength = 160;

    /// <summary>The alert for <paramref name="item"/>.</summary>
    /// <param name="item">The item just assigned.</param>
    /// <param name="provinceName">The province's name, or null when the item has none.</param>
    /// <param name="publicBaseUrl">The dashboard's public address, or null.</param>
    public static string Compose(ReviewItem item, string? provinceName, string? publicBaseUrl)
    {
        var risk = Math.Round(item.Risk * 100).ToString("0", CultureInfo.InvariantCulture);
        var id = item.Id.ToString(CultureInfo.InvariantCulture);
        var link = string.IsNullOrWhiteSpace(publicBaseUrl)
            ? $"Vui lòng mở trang theo dõi (/review/items/{id}) để xem xét."
            : $"Xem và xử lý: {publicBaseUrl.TrimEnd('/')}/review/items/{id}";
        return $"""
            Cảnh báo: mục #{id} có rủi ro cao vừa được giao cho bạn.
            Rủi ro: {risk}%
            Tỉnh/thành phố: {provinceName ?? "chưa xác định"}
            Nội dung: "{Excerpt(item.Claim)}"
            {link}
            """;
    }

    /// <summary>The start of <paramref name="text"/> on one line, cut at a word boundary with an ellipsis.</summary>
    public static string Excerpt(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= ExcerptLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', ExcerptLength);
        return line[..(cut > ExcerptLength / 2 ? cut : ExcerptLength)] + "…";
    }
}
