namespace Assistant.Monitoring.Claims;

/// <summary>The folded phrases that say a post denies a rumour, claims a repeal, or negates a duty of the plans.</summary>
internal static class ClaimCues
{
    /// <summary>A standing document said to be repealed, replaced or suspended.</summary>
    public static readonly string[] Repeal =
        ["bai bo", "huy bo", "bi huy", "da huy", "thu hoi", "het hieu luc", "khong con hieu luc", "dinh chi", "thay the", "ngung thuc hien", "ngung hieu luc"];

    /// <summary>The post itself rebuts a rumour: it is then not making the claim.</summary>
    public static readonly string[] Denial =
        ["tin gia", "sai su that", "khong dung", "bac bo", "khong he", "khong co van ban nao", "la sai", "dinh chinh", "tin don", "khong co quy dinh"];

    /// <summary>A duty or activity of the plans said to be cut, dropped or not needed (accented, matched on the lower-case text).</summary>
    public static readonly string[] Negation =
        ["cắt giảm", "cắt bỏ", "bãi bỏ", "hủy bỏ", "xóa bỏ", "loại bỏ", "không cần", "không còn", "ngừng", "dừng", "không bắt buộc", "không yêu cầu"];

    /// <summary>The negations written without diacritics, for unaccented posts ("dừng" is left out: folded it is also "đúng", "dùng").</summary>
    public static readonly string[] FoldedNegation =
        ["cat giam", "cat bo", "bai bo", "huy bo", "xoa bo", "loai bo", "khong can", "khong con", "ngung", "khong bat buoc", "khong yeu cau"];

    /// <summary>The first negation in a span of the text (position and length), or null.</summary>
    public static (int Position, int Length)? FindNegation(ClaimText text, int start, int length)
    {
        var phrases = text.IsUnaccented ? FoldedNegation : Negation;
        (int Position, int Length)? first = null;
        foreach (var phrase in phrases)
        {
            var at = text.IsUnaccented ? text.IndexOf(phrase, start) : text.IndexOfAccented(phrase, start);
            if (at >= 0 && at + phrase.Length <= start + length && (first is null || at < first.Value.Position))
            {
                first = (at, phrase.Length);
            }
        }

        return first;
    }
}
