using System.Text;
using Assistant.Core.Answers;

namespace Assistant.Channels.Delivery;

/// <summary>An answer as chat text: the answer, then its sources as a short numbered list (plain text or Markdown).</summary>
public static class AnswerText
{
    /// <summary>Heading of the source list.</summary>
    public const string SourcesHeading = "Nguồn:";

    /// <summary>The answer text followed by "Nguồn:" and one numbered line per citation (title – section).</summary>
    public static string Render(Answer answer) => Render(answer, SourcesHeading + "\n", title => title);

    /// <summary>
    /// As <see cref="Render(Answer)"/> for channels that render Markdown: a bold heading, then the sources as a
    /// Markdown numbered list (their titles escaped, so a "*" or "_" in a title stays a character).
    /// </summary>
    public static string RenderMarkdown(Answer answer) => Render(answer, "**" + SourcesHeading + "**\n\n", EscapeMarkdown);

    private static string Render(Answer answer, string heading, Func<string, string> escape)
    {
        var text = new StringBuilder(answer.Text.Trim());
        if (answer.Citations.Count > 0)
        {
            text.Append("\n\n").Append(heading);
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var citation = answer.Citations[i];
                text.Append(i == 0 ? "" : "\n").Append(i + 1).Append(". ").Append(escape(citation.Title.Trim()));
                if (!string.IsNullOrWhiteSpace(citation.Section))
                {
                    text.Append(" – ").Append(escape(citation.Section.Trim()));
                }
            }
        }

        return text.ToString();
    }

    private static string EscapeMarkdown(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
