using System.Text;

namespace Assistant.Channels.Telegram;

/// <summary>Escaping for Telegram's HTML parse mode: only <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and <c>&quot;</c>.</summary>
public static class TelegramHtml
{
    /// <summary><paramref name="text"/> with every character Telegram would read as markup escaped.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
