namespace Assistant.Monitoring.Claims;

/// <summary>The folded phrases that say a post denies a rumour, claims a repeal, or negates a duty of the plans.</summary>
internal static class ClaimCues
{
    /// <summary>A standing document said to be repealed, replaced or suspended.</summary>
    public static readonly string[] Repeal =
        ["bai bo", "huy bo", "bi huy", "da huy", "thu hoi", "het hieu luc", "khong con hieu luc", "dinh chi", "thay the", "ngung thuc hien", "ngung hieu luc"];

    /// <summary>The post itself rebuts a rumour: it is then not making the claim.</summary>
    public static readonly string[] Denial =
        ["tin gia", "sai su that", "khong dung", "bac bo", "khong he", "khong co van ban nao", "la sai", "dinh chinh", "cai chinh", "tin don", "khong co quy dinh",
            "van nham", "hieu nham", "nham tuong", "lam tuong", "ngo nhan"];

    /// <summary>Denial cues after the rumour they deny ("tin X là sai, ..."): what follows the next comma is the post's own statement.</summary>
    public static readonly string[] DenialAfterRumour = ["la sai", "sai su that", "khong dung", "la tin gia", "la tin don"];

    /// <summary>The post states the fact after denying the rumour before it ("Sự thật là ...").</summary>
    public static readonly string[] Fact = ["su that la", "thuc te la", "thuc te day la", "tren thuc te"];

    /// <summary>"Đừng tin" (accented: folded it is also "dùng tin", as in "sử dụng tin nhắn").</summary>
    private const string DoNotBelieve = "đừng tin";

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

    /// <summary>
    /// The spans of a post that repeat the rumour it denies, so their facts are not its claims: everything before a
    /// "Sự thật là", and in each sentence naming a denial cue the words up to a "Sự thật là" or, when the cue follows
    /// the rumour ("... là sai, ..."), up to the next comma, else to the end of the sentence.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> DeniedSpans(ClaimText text)
    {
        var spans = new List<(int Start, int Length)>();
        var fact = Fact.Select(f => text.IndexOf(f)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();
        if (fact > 0)
        {
            spans.Add((0, fact));
        }

        foreach (var (start, length) in text.Segments())
        {
            var cues = Cues(text, start, length).ToList();
            if (cues.Count == 0)
            {
                continue;
            }

            var end = start + length;
            var last = cues.MaxBy(c => c.Position + c.Phrase.Length);
            var lastEnd = last.Position + last.Phrase.Length;
            var factAt = Fact.Select(f => text.IndexOf(f, cues.Min(c => c.Position))).Where(at => at >= 0 && at < end).DefaultIfEmpty(-1).Min();
            var comma = text.Folded.IndexOf(',', lastEnd);
            if (factAt >= 0)
            {
                end = factAt;
            }
            else if (DenialAfterRumour.Contains(last.Phrase) && comma >= 0 && comma < end)
            {
                end = comma;
            }

            spans.Add((start, end - start));
        }

        return spans;
    }

    /// <summary>True when a position of the text lies in one of the spans.</summary>
    public static bool IsWithin(IReadOnlyList<(int Start, int Length)> spans, int position) =>
        spans.Any(s => position >= s.Start && position < s.Start + s.Length);

    private static IEnumerable<(int Position, string Phrase)> Cues(ClaimText text, int start, int length)
    {
        var end = start + length;
        foreach (var phrase in Denial.Concat(DenialAfterRumour).Distinct(StringComparer.Ordinal))
        {
            for (var at = text.IndexOf(phrase, start); at >= 0 && at + phrase.Length <= end; at = text.IndexOf(phrase, at + 1))
            {
                yield return (at, phrase);
            }
        }

        var dontBelieve = text.IndexOfAccented(DoNotBelieve, start);
        if (!text.IsUnaccented && dontBelieve >= 0 && dontBelieve + DoNotBelieve.Length <= end)
        {
            yield return (dontBelieve, "dung tin");
        }
    }
}
