using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Answering.Llm.Grounding;

/// <summary>
/// Finds document numbers, dates, percentages and plain numbers in prepared text (<see cref="FactText.Prepare"/>)
/// and gives each a canonical key, so "20/01/2026" and "ngày 20 tháng 1 năm 2026" compare equal.
/// </summary>
public static partial class NumericFacts
{
    /// <summary>
    /// The facts of an answer prepared with case kept, each counted once: a date's digits are not numbers on their
    /// own. Keys are lower case.
    /// </summary>
    public static IReadOnlyList<Fact> Find(string prepared)
    {
        var facts = new List<Fact>();
        var rest = prepared.ToCharArray();
        Take(DocumentNumber(), FactKind.DocumentNumber, m => m.Value.ToLowerInvariant());
        Take(FullDate(), FactKind.Date, FullDateKey);
        Take(WrittenFullDate(), FactKind.Date, FullDateKey);
        Take(DayMonth(), FactKind.Date, m => Int(m, "d") + "/" + Int(m, "m"));
        Take(MonthYear(), FactKind.Date, m => Int(m, "m") + "/" + Int(m, "y"));
        Take(Percent(), FactKind.Percent, m => NumberKey(m.Groups["n"].Value) + "%");
        Take(Number(), FactKind.Number, m => NumberKey(m.Value));
        return facts.DistinctBy(f => (f.Kind, f.Key)).ToList();

        void Take(Regex pattern, FactKind kind, Func<Match, string> key)
        {
            foreach (Match match in pattern.Matches(new string(rest)))
            {
                facts.Add(new Fact(kind, match.Value.Trim(), key(match)));
                Array.Fill(rest, ' ', match.Index, match.Length);
            }
        }
    }

    /// <summary>
    /// Every key a lower-case prepared passage supports: its dates with their day/month and month/year parts, its percentages, and
    /// every number in it, including the digits inside its dates and document numbers.
    /// </summary>
    public static HashSet<string> EvidenceKeys(string prepared)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in new[] { FullDate(), WrittenFullDate() })
        {
            foreach (Match m in pattern.Matches(prepared))
            {
                keys.Add(FullDateKey(m));
                keys.Add(Int(m, "d") + "/" + Int(m, "m"));
                keys.Add(Int(m, "m") + "/" + Int(m, "y"));
            }
        }

        foreach (Match m in DayMonth().Matches(prepared))
        {
            keys.Add(Int(m, "d") + "/" + Int(m, "m"));
        }

        foreach (Match m in MonthYear().Matches(prepared))
        {
            keys.Add(Int(m, "m") + "/" + Int(m, "y"));
        }

        foreach (Match m in Percent().Matches(prepared))
        {
            keys.Add(NumberKey(m.Groups["n"].Value) + "%");
        }

        foreach (Match m in Number().Matches(prepared))
        {
            keys.Add(NumberKey(m.Value));
        }

        foreach (Match m in Digits().Matches(prepared))
        {
            keys.Add(NumberKey(m.Value));
        }

        return keys;
    }

    /// <summary>"1.000" and "1,000" → "1000"; "1,5" → "1.5"; "02" → "2".</summary>
    public static string NumberKey(string number)
    {
        if (Thousands().IsMatch(number))
        {
            return TrimZeros(number.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal));
        }

        var parts = number.Replace(',', '.').Split('.');
        parts[0] = TrimZeros(parts[0]);
        return string.Join('.', parts);
    }

    private static string TrimZeros(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    private static string FullDateKey(Match m) => Int(m, "d") + "/" + Int(m, "m") + "/" + Int(m, "y");

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?:/\d+)?[/-]\p{Lu}[\p{L}&]*(?:[/-][\p{L}&]+)*")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"(?<![\d/.-])(?<d>\d{1,2})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})(?!\d)")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<d>\d{1,2}) tháng (?<m>\d{1,2}),? năm (?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenFullDate();

    [GeneratedRegex(@"ngày (?<d>\d{1,2})(?:[/-](?<m>\d{1,2})(?![/\d])| tháng (?<m>\d{1,2})(?!\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"tháng (?<m>\d{1,2})(?:[/-]| năm )(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d+(?:[.,]\d+)?)(?:%| phần trăm)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<!\d)\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{3})+$")]
    private static partial Regex Thousands();
}
