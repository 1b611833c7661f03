using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Answering.Llm.Prompts;

/// <summary>
/// Spots text that talks to the assistant instead of about the documents ("bỏ qua mọi hướng dẫn…", "ignore previous
/// instructions…"). Such a question is answered without the model; such a passage is left out of the prompt.
/// </summary>
public static partial class PromptInjection
{
    /// <summary>True when <paramref name="text"/> (with or without diacritics) reads like instructions to the assistant.</summary>
    public static bool LooksLikeInjection(string text)
    {
        var folded = Spaces().Replace(VietnameseText.Fold(VietnameseText.Normalize(text)).ToLowerInvariant(), " ");
        return Vietnamese().IsMatch(folded) || English().IsMatch(folded);
    }

    [GeneratedRegex(
        @"\b(?:bo qua|phot lo|quen(?: di)?|khong (?:can )?tuan (?:theo|thu)) (?:\p{L}+ ){0,3}(?:huong dan|chi dan|chi thi|quy tac|lenh|yeu cau|loi nhac)"
        + @"|\bdong vai\b|\btu (?:bay )?gio (?:tro di )?ban (?:la|se|phai)\b|\btiet lo (?:\p{L}+ ){0,3}(?:quy tac|huong dan|prompt|loi nhac)"
        + @"|\bhay (?:tra loi|noi) (?:rang|la)\b|\bprompt he thong\b")]
    private static partial Regex Vietnamese();

    [GeneratedRegex(
        @"\b(?:ignore|disregard|forget|override) (?:\w+ ){0,3}(?:instructions?|rules|prompts?|guidelines)\b"
        + @"|\bsystem prompt\b|\byou are now\b|\bpretend (?:to be|you are)\b|\bjailbreak\b|\bdeveloper mode\b")]
    private static partial Regex English();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
