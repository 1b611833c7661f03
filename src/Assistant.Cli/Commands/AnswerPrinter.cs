using System.Text;
using Assistant.Answering.Extractive;
using Assistant.Core.Answers;

namespace Assistant.Cli.Commands;

/// <summary>Formats an answer for the terminal: the text, then the numbered citations under it.</summary>
public static class AnswerPrinter
{
    private const int QuoteChars = 160;

    /// <summary>The answer text followed by its sources.</summary>
    public static string Format(Answer answer)
    {
        var text = new StringBuilder(answer.Text);
        if (answer.Citations.Count > 0)
        {
            text.AppendLine().AppendLine().AppendLine("Nguồn:");
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var citation = answer.Citations[i];
                var quote = citation.Text.Length <= QuoteChars ? citation.Text : citation.Text[..QuoteChars] + "…";
                text.AppendLine($"  [{i + 1}] {CitationLabels.Source(citation)}");
                text.AppendLine($"      “{quote}”");
            }
        }

        return text.ToString().TrimEnd();
    }
}
