using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Answering.Extractive;

/// <summary>
/// Recognises attempts to give the assistant new instructions ("bỏ qua mọi hướng dẫn…",
/// "ignore previous instructions…"); such questions are refused, whatever they also ask.
/// </summary>
public static class PromptInjectionDetector
{
    private static readonly Regex Pattern = new(
        @"bo qua (moi|tat ca|cac|nhung)?\s*(huong dan|chi dan|quy tac|lenh|yeu cau|chi thi)|"
        + @"quen (het|di|moi|tat ca)?\s*(huong dan|chi dan|quy tac)|"
        + @"ignore (all|any|the|previous|prior|above|your)|disregard (all|any|the|previous|prior|above|your)|"
        + @"system prompt|developer mode|jailbreak|you are now|pretend (to be|you)|act as\b|"
        + @"dong vai|gia vo la|ban bay gio la|tu bay gio ban la|tiet lo (loi nhac|huong dan|prompt)|in ra (prompt|huong dan)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>True when the text tries to instruct the assistant.</summary>
    public static bool IsInjection(string text) =>
        Pattern.IsMatch(VietnameseText.Fold(VietnameseText.Normalize(text)).ToLowerInvariant());
}
