using System.Text;
using Assistant.Core.Answers;

namespace Assistant.Channels.Delivery;

/// <summary>An answer as plain chat text: the answer, then its sources as a short numbered list.</summary>
public static class AnswerText
{
    /// <summary>Heading of the source list.</summary>
    public const string SourcesHeading = "Nguồn:";

    /// <summary>The answer text followed by "Nguồn:" and one numbered line per citation (title – section).</summary>
    public static string Render(Answer answer)
    {
        var text = new StringBuilder(answer.Text.Trim());
        if (answer.Citations.Count > 0)
        {
            text.Append("\n\n").Append(SourcesHeading);
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var citation = answer.Citations[i];
                text.Append('\n').Append(i + 1).Append(". ").Append(citation.Title.Trim());
                if (!string.IsNullOrWhiteSpace(citation.Section))
                {
                    text.Append(" – ").Append(citation.Section.Trim());
                }
            }
        }

        return text.ToString();
    }
}
