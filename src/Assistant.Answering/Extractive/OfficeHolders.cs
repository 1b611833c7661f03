using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// Questions about who holds an office ("Thủ tướng hiện nay là ai?", "giám đốc sở giáo dục là ai"). The documents
/// name who signed them, not who holds an office now: such a question is answered only when a passage names that
/// very office followed by a person ("Phó Thủ tướng Lê Thành Long"), and never when it asks about the present.
/// </summary>
public static class OfficeHolders
{
    private const string Role = @"(?<role>(pho )?(tong bi thu|thu tuong|bo truong|thu truong|chu tich|giam doc|hieu truong|bi thu|truong phong|truong ban|chanh van phong|nguoi phat ngon))";

    private static readonly Regex Asks = new(
        $@"{Role}\b.*\b(la ai|ten (la )?gi|ten gi|ho ten|la ong nao|la ba nao|la nguoi nao|hien nay|hien tai|bay gio|duong nhiem)|\bai\b (la|dang la|giu chuc|lam) {Role}",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Present = new(@"\b(hien nay|hien tai|bay gio|hien gio|duong nhiem|nam nay|moi nhat)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The office asked about, folded ("thu tuong", "pho chu tich"), or null when the question asks no office holder.</summary>
    public static string? AskedOffice(string question)
    {
        if (QuestionTypeDetector.AsksWhoSigned(question))
        {
            return null;
        }

        var match = Asks.Match(Folded(question));
        return match.Success ? match.Groups["role"].Value : null;
    }

    /// <summary>True when the question asks who holds the office now: documents cannot know.</summary>
    public static bool AsksPresent(string question) => Present.IsMatch(Folded(question));

    /// <summary>True when <paramref name="sentence"/> names <paramref name="office"/> followed by a person's name.</summary>
    public static bool NamesHolder(string sentence, string office)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var role = office.Split(' ');
        for (var i = 0; i + role.Length < words.Length; i++)
        {
            var matches = role.Select((r, j) => Folded(words[i + j]).Trim(',', '.', ';', ':') == r).All(m => m);
            var deputy = i > 0 && Folded(words[i - 1]) == "pho" && role[0] != "pho";
            if (matches && !deputy && IsName(words.Skip(i + role.Length).Take(2).ToList()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsName(IReadOnlyList<string> words) =>
        words.Count == 2 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower));

    private static string Folded(string text) => VietnameseText.Fold(VietnameseText.Normalize(text)).ToLowerInvariant();
}
