using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// The comparable facts of a text, read from its folded lower-case form (no diacritics, one space between words):
/// numbers with their subject, dates and references to documents by number. Each is read on first use and kept (the
/// text never changes; two threads reading at once compute the same value).
/// </summary>
internal sealed partial class ClaimText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "va", "cac", "cua", "la", "duoc", "co", "trong", "tren", "ve", "cho", "voi", "nhung", "mot", "den", "theo",
        "tai", "the", "nay", "do", "chi", "it", "nhat", "toi", "thieu", "khong", "duoi", "tren", "moi", "deu", "se",
        "da", "dang", "nam", "thi", "ma", "o", "tu", "hay", "hoac", "bi", "phai", "can", "cung", "nhu", "neu",
    };

    private static readonly HashSet<string> RangeWords = new(StringComparer.Ordinal) { "-", "den", "toi" };

    private static readonly string[] NegatingWords = ["khong phai", "ko phai", "k phai", "chu khong", "khong con la", "khong phai la"];

    private IReadOnlyList<DateMention>? datesRead;
    private IReadOnlyList<DocumentReference>? referencesRead;
    private IReadOnlyList<Quantity>? quantitiesRead;
    private IReadOnlyList<(int Start, int Length)>? segmentsRead;
    private IReadOnlyList<(int Start, int Length)>? deniedRead;
    private IReadOnlyList<Period>? periodsRead;

    /// <summary>The years (2000–2099) the text names.</summary>
    public IReadOnlySet<string> Years() =>
        Tokens().Matches(Folded).Select(m => m.Value).Where(t => t.Length == 4 && t.StartsWith("20", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    private ClaimText(string original, string folded)
    {
        Original = original;
        Folded = folded;
        Lower = original.ToLowerInvariant();
    }

    /// <summary>The text normalised (NFC, one tone placement) with whitespace collapsed.</summary>
    public string Original { get; }

    /// <summary>The folded lower-case text with whitespace collapsed.</summary>
    public string Folded { get; }

    /// <summary>The normalised lower-case text, diacritics kept.</summary>
    public string Lower { get; }

    /// <summary>True when the text is written without diacritics (so folded words may stand for accented ones).</summary>
    public bool IsUnaccented => string.Equals(Lower, Folded, StringComparison.Ordinal);

    /// <summary>Reads a text.</summary>
    public static ClaimText Of(string text)
    {
        var original = Whitespace().Replace(VietnameseText.Normalize(text), " ").Trim();
        return new ClaimText(original, VietnameseText.Fold(original).ToLowerInvariant());
    }

    /// <summary>The dates written in the text.</summary>
    public IReadOnlyList<DateMention> Dates() => datesRead ??= ReadDates();

    private IReadOnlyList<DateMention> ReadDates()
    {
        var dates = new List<DateMention>();
        foreach (Match match in DatePattern().Matches(Folded))
        {
            var (day, month, year) = match.Groups["d1"].Success
                ? (match.Groups["d1"].Value, match.Groups["m1"].Value, match.Groups["y1"].Value)
                : (match.Groups["d2"].Value, match.Groups["m2"].Value, match.Groups["y2"].Value);
            if (int.TryParse(day, out var d) && int.TryParse(month, out var m) && int.TryParse(year, out var y)
                && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                dates.Add(new DateMention(new DateOnly(y, m, d), match.Index));
            }
        }

        return dates;
    }

    /// <summary>The periods the text names, in order: stages ("2026 - 2030", "2030–2035") and single years; dates left out.</summary>
    public IReadOnlyList<Period> Periods() => periodsRead ??= ReadPeriods();

    private IReadOnlyList<Period> ReadPeriods()
    {
        var masked = DatePattern().Replace(Folded, m => new string(' ', m.Length));
        return PeriodPattern().Matches(masked)
            .Select(m =>
            {
                var from = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var to = m.Groups["b"].Success ? int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
                return new Period(from, Math.Max(from, to), m.Index);
            })
            .ToList();
    }

    /// <summary>The references to documents by number ("71" for NQ71 and 71-NQ/TW).</summary>
    public IReadOnlyList<DocumentReference> References() => referencesRead ??= ReadReferences();

    private IReadOnlyList<DocumentReference> ReadReferences()
    {
        var references = new List<DocumentReference>();
        foreach (Match match in ReferencePattern().Matches(Folded))
        {
            var number = match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value;
            references.Add(new DocumentReference(number, match.Index));
        }

        return references;
    }

    /// <summary>The percentages and counts in the text, dates and document numbers left out.</summary>
    public IReadOnlyList<Quantity> Quantities() => quantitiesRead ??= ReadQuantities();

    private IReadOnlyList<Quantity> ReadQuantities()
    {
        var masked = DatePattern().Replace(Folded, m => new string(' ', m.Length));
        masked = ReferencePattern().Replace(masked, m => new string(' ', m.Length));
        var matches = Tokens().Matches(masked);
        var tokens = matches.Select(m => m.Value).ToArray();
        var quantities = new List<Quantity>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsNumber(tokens[i], out var value) || IsYear(tokens[i]))
            {
                continue;
            }

            var next = i + 1;
            var upTo = UpperBound(tokens, ref next);
            while (next < tokens.Length && (IsNumber(tokens[next], out _) || tokens[next] == "-"))
            {
                next++;
            }

            if (next >= tokens.Length || IsYear(tokens[next]))
            {
                continue;
            }

            var unit = tokens[next] == "%" ? "%" : string.Join(' ', tokens.Skip(next).Take(2));
            if (unit != "%" && (unit.Length < 3 || !char.IsLetter(unit[0])))
            {
                continue;
            }

            var last = matches[Math.Min(tokens.Length - 1, unit == "%" ? next : next + 1)];
            var display = Slice(matches[i].Index, last.Index + last.Length - matches[i].Index);
            var context = tokens
                .Skip(Math.Max(0, i - 3)).Take(i - Math.Max(0, i - 3))
                .Concat(tokens.Skip(next + (unit == "%" ? 1 : 0)).Take(10))
                .Where(t => t.Length > 1 && char.IsLetter(t[0]) && !StopWords.Contains(t))
                .ToHashSet(StringComparer.Ordinal);
            var before = Folded[..matches[i].Index].TrimEnd();
            var negated = NegatingWords.Any(w => before.EndsWith(w, StringComparison.Ordinal));
            quantities.Add(new Quantity(value, unit, display, context, negated) { UpTo = upTo, Position = matches[i].Index });
            i = next - 1;
        }

        return quantities;
    }

    /// <summary>True when the folded text contains the folded phrase as whole words.</summary>
    public bool Contains(string foldedPhrase) => IndexOf(foldedPhrase) >= 0;

    /// <summary>Where the folded phrase first occurs as whole words, or -1.</summary>
    public int IndexOf(string foldedPhrase) => WholeWords(Folded, foldedPhrase, 0);

    /// <summary>Where the lower-case accented phrase first occurs as whole words from <paramref name="from"/>, or -1.</summary>
    public int IndexOfAccented(string phrase, int from = 0) => WholeWords(Lower, phrase, from);

    /// <summary>Where the folded phrase occurs as whole words from <paramref name="from"/>, or -1.</summary>
    public int IndexOf(string foldedPhrase, int from) => WholeWords(Folded, foldedPhrase, from);

    /// <summary>The spans of a post that repeat the rumour it denies (see <see cref="ClaimCues.DeniedSpans"/>), read once.</summary>
    public IReadOnlyList<(int Start, int Length)> DeniedSpans() => deniedRead ??= ClaimCues.DeniedSpans(this);

    /// <summary>The spans of the text between sentence or clause ends (a full stop before a space, ; ! ?).</summary>
    public IReadOnlyList<(int Start, int Length)> Segments() => segmentsRead ??= ReadSegments();

    private IReadOnlyList<(int Start, int Length)> ReadSegments()
    {
        var segments = new List<(int Start, int Length)>();
        var start = 0;
        for (var i = 0; i <= Folded.Length; i++)
        {
            if (i == Folded.Length || Folded[i] is ';' or '!' or '?' || (Folded[i] == '.' && (i + 1 == Folded.Length || Folded[i + 1] == ' ')))
            {
                if (i > start && Folded.AsSpan(start, i - start).Trim().Length > 0)
                {
                    segments.Add((start, i - start));
                }

                start = i + 1;
            }
        }

        return segments;
    }

    /// <summary>True when the span (a segment) ends with a question mark: it asks, it does not claim.</summary>
    public bool IsQuestion(int start, int length) => start + length < Folded.Length && Folded[start + length] == '?';

    /// <summary>The original words at a span of the folded text (the folded words when the lengths differ).</summary>
    public string Slice(int start, int length) =>
        Original.Length == Folded.Length ? Original.Substring(start, length) : Folded.Substring(start, length);

    private static int WholeWords(string text, string phrase, int from)
    {
        var start = from;
        while ((start = text.IndexOf(phrase, start, StringComparison.Ordinal)) >= 0)
        {
            var end = start + phrase.Length;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return start;
            }

            start++;
        }

        return -1;
    }

    private static bool IsNumber(string token, out decimal value)
    {
        value = 0;
        return token.Length > 0 && char.IsDigit(token[0])
            && decimal.TryParse(token.Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// The upper bound of a range written after a number ("20 - 30", "20 đến 30", "20% đến 30%"), moving
    /// <paramref name="next"/> past it; null when the number stands alone.
    /// </summary>
    private static decimal? UpperBound(string[] tokens, ref int next)
    {
        var at = next < tokens.Length && tokens[next] == "%" ? next + 1 : next;
        if (at + 1 >= tokens.Length || !RangeWords.Contains(tokens[at]) || IsYear(tokens[at + 1]) || !IsNumber(tokens[at + 1], out var upper))
        {
            return null;
        }

        if (at > next && (at + 2 >= tokens.Length || tokens[at + 2] != "%"))
        {
            return null;
        }

        next = at + 2;
        return upper;
    }

    private static bool IsYear(string token) => token.Length == 4 && (token.StartsWith("19", StringComparison.Ordinal) || token.StartsWith("20", StringComparison.Ordinal));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+(?:,\d+)?|%|-|\p{L}+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"(?<![\d/])(?<d1>\d{1,2})\s?[/.-]\s?(?<m1>\d{1,2})\s?[/.-]\s?(?<y1>\d{4})|(?<d2>\d{1,2}) thang (?<m2>\d{1,2}),? nam (?<y2>\d{4})")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<![\d/.,])(?<a>20\d\d)(?:\s*(?:-|–|—|den|toi)\s*(?<b>20\d\d))?(?![\d/])")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"(?<a>\d{1,4}) ?[-/] ?(?:nq|qd)[\p{L}/-]*|(?<![\p{L}\d])(?:nghi quyet|quyet dinh|van ban|nq|qd)(?: so)? ?(?<b>\d{1,4})(?![\d/.])")]
    private static partial Regex ReferencePattern();
}
