using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Answering.Llm.Grounding;

/// <summary>Finds the [n] markers of a model answer and renumbers them to the order of the citations.</summary>
public static partial class CitationMarkers
{
    private const int MaxRange = 20;

    /// <summary>Every marker in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<CitationMarker> Find(string text)
    {
        var markers = new List<CitationMarker>();
        foreach (Match match in MarkerPattern().Matches(text))
        {
            var numbers = new List<int>();
            foreach (var part in match.Groups["list"].Value.Split([',', ';']))
            {
                var bounds = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
                var from = Parse(bounds[0]);
                var to = bounds.Length == 2 ? Parse(bounds[1]) : from;
                for (var n = from; n <= to && n - from < MaxRange; n++)
                {
                    numbers.Add(n);
                }

                if (to < from)
                {
                    numbers.Add(from);
                    numbers.Add(to);
                }
            }

            markers.Add(new CitationMarker(match.Index, match.Length, numbers));
        }

        return markers;
    }

    /// <summary>The distinct numbers cited, in order of first appearance.</summary>
    public static IReadOnlyList<int> CitedInOrder(IReadOnlyList<CitationMarker> markers) =>
        markers.SelectMany(m => m.Numbers).Distinct().ToList();

    /// <summary>
    /// Rewrites each marker with the new numbers given by <paramref name="renumber"/> (old → new), dropping
    /// repeats inside a marker; "[4][2]" with 4→1, 2→2 becomes "[1][2]".
    /// </summary>
    public static string Renumber(string text, IReadOnlyList<CitationMarker> markers, IReadOnlyDictionary<int, int> renumber)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var marker in markers)
        {
            builder.Append(text, position, marker.Index - position);
            var numbers = marker.Numbers.Select(n => renumber[n]).Distinct().Order();
            builder.Append('[').AppendJoin(", ", numbers).Append(']');
            position = marker.Index + marker.Length;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    /// <summary>The text with every marker replaced by a space (for checking the facts of the prose alone).</summary>
    public static string Strip(string text, IReadOnlyList<CitationMarker> markers)
    {
        var chars = text.ToCharArray();
        foreach (var marker in markers)
        {
            Array.Fill(chars, ' ', marker.Index, marker.Length);
        }

        return new string(chars);
    }

    private static int Parse(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\[(?<list>\s*\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?(?:[,;]\s*\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?)*)\]")]
    private static partial Regex MarkerPattern();
}
