using System.Text.RegularExpressions;
using Assistant.Core.Provinces;
using Assistant.Core.Text;

namespace Assistant.Answering.Conversation;

/// <summary>
/// "còn Hải Phòng thì sao?", "ở Lạng Sơn thì thế nào?", "thế còn Quảng Ngãi?": a question that names one province
/// and nothing else asks the previous question again for that province.
/// </summary>
internal sealed class ProvinceFollowUp(ProvinceDirectory provinces)
{
    /// <summary>Words (folded) a province follow-up may have besides the province name.</summary>
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "con", "thi", "sao", "the", "nao", "o", "tai", "tinh", "thanh", "pho", "tp", "vay", "ra", "nhu",
        "voi", "doi", "ve", "cua", "nhi", "a", "nhe", "ben", "khu", "vuc", "dia", "ban", "cho", "hay", "va", "thanhpho",
    };

    private static readonly Regex Words = new(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant);
    private static readonly Regex PlacePrefix = new(@"(?<![\p{L}\p{N}])(tinh|thanh pho|tp\.?)\s*$", RegexOptions.CultureInvariant);

    /// <summary>The previous question asked of the province <paramref name="text"/> names, or null when it is not such a follow-up.</summary>
    public string? Rewrite(string text, string previousQuestion)
    {
        var mentions = provinces.FindIn(text);
        if (mentions.Count != 1)
        {
            return null;
        }

        var mention = mentions[0];
        var folded = VietnameseText.Fold(VietnameseText.Normalize(text)).ToLowerInvariant();
        var rest = folded.Remove(mention.Position, mention.Length);
        if (!Words.Matches(rest).All(word => FillerWords.Contains(word.Value)))
        {
            return null;
        }

        var previous = VietnameseText.Normalize(previousQuestion).Trim();
        var previousMentions = provinces.FindIn(previous);
        if (previousMentions.Count == 0)
        {
            return AppendPlace(previous, mention.Province);
        }

        var old = previousMentions[0];
        if (old.Province.Slug == mention.Province.Slug)
        {
            return previous;
        }

        var previousFolded = VietnameseText.Fold(previous).ToLowerInvariant();
        var prefix = PlacePrefix.Match(previousFolded[..old.Position]);
        var start = prefix.Success ? prefix.Index : old.Position;
        var replacement = prefix.Success ? $"{KindWord(mention.Province)} {mention.Province.Name}" : mention.Province.Name;
        if (start == 0)
        {
            replacement = char.ToUpperInvariant(replacement[0]) + replacement[1..];
        }

        return previous[..start] + replacement + previous[(old.Position + old.Length)..];
    }

    private static string AppendPlace(string question, Province province)
    {
        var body = question.TrimEnd('?', '.', '!', ' ');
        var end = question[body.Length..].Trim();
        return $"{body} ở {province.Name}{(end.Length > 0 ? end : "?")}";
    }

    private static string KindWord(Province province) => province.Kind == "thanh-pho" ? "thành phố" : "tỉnh";
}
