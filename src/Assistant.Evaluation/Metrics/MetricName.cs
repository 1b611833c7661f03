using System.Text;

namespace Assistant.Evaluation.Metrics;

/// <summary>Composes camelCase metric names from parts: ("peer", "province:can-tho", "hitAt5") → "peerProvinceCanThoHitAt5".</summary>
public static class MetricName
{
    /// <summary>Joins the non-empty parts; each part's words (split on anything not a letter or digit) are capitalised, the first letter of the whole is lower case.</summary>
    public static string Compose(params string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts.Where(p => !string.IsNullOrEmpty(p)))
        {
            foreach (var word in Words(part!))
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
        }

        if (builder.Length > 0)
        {
            builder[0] = char.ToLowerInvariant(builder[0]);
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Words(string part)
    {
        var start = -1;
        for (var i = 0; i <= part.Length; i++)
        {
            var inWord = i < part.Length && char.IsAsciiLetterOrDigit(part[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return part[start..i];
                start = -1;
            }
        }
    }
}
