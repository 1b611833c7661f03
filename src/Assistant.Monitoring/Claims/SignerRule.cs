using Assistant.Core.Documents;
using Assistant.Core.Provinces;
using Assistant.Core.Text;
using Assistant.Monitoring.Claims.Lexicon;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Who signed the one document a post names: the person ("ông Nguyễn Văn A ký") and the office ("Bộ trưởng … ký" where
/// a Deputy Prime Minister signed) written just before "ký", against the document's signer and the office printed
/// before the name in its signature block. The reason quotes the signature block.
/// </summary>
internal sealed class SignerRule(ClaimLexicon lexicon, ProvinceDirectory provinces) : IClaimRule
{
    private const int Reach = 60;

    /// <inheritdoc />
    public string Id => "signer";

    /// <inheritdoc />
    public string Compares => "the person and office a post says signed a document with its signature block";

    /// <inheritdoc />
    public void Check(ClaimContext context, ClaimFindings findings)
    {
        var post = context.Post;
        if (context.Target is not { Info.Signer: { Length: > 0 } signer } target)
        {
            return;
        }

        var denied = post.DeniedSpans();
        var official = OfficialSigner(target, signer);
        foreach (var (sign, _) in lexicon.Signing.FindAll(post).OrderBy(m => m.Position))
        {
            if (ClaimCues.IsWithin(denied, sign))
            {
                continue;
            }

            var (start, _) = post.Segments().First(s => s.Start <= sign && sign < s.Start + s.Length);
            var from = Math.Max(start, sign - Reach);
            var name = NameBefore(post, from, sign);
            var office = PhraseMatches.Longest(lexicon.Offices, o => o, post, from, name?.Position ?? sign)
                .LastOrDefault(m => Leads(post, m.Position + m.Length, name?.Position ?? sign) && !post.Folded[..m.Position].TrimEnd().EndsWith(" cua", StringComparison.Ordinal));
            if (name is null && office.Entry is null)
            {
                continue;
            }

            var wrongName = name is { } n && Fold(n.Text) != Fold(signer);
            var wrongOffice = office.Entry is not null && official.Office is not null && office.Entry != official.Office;
            if (!wrongName && !wrongOffice)
            {
                findings.Agreement();
                return;
            }

            var claimedFrom = office.Entry is null ? name!.Value.Position : office.Position;
            var claimedTo = name is { } named ? named.Position + named.Text.Length : office.Position + office.Length;
            findings.Contradiction(
                $"Bài viết nói người ký là {post.Slice(claimedFrom, claimedTo - claimedFrom).Trim()}; {official.Source.Name} ghi: \"{official.Quote}\"",
                official.Source);
            return;
        }
    }

    /// <summary>The signature of a document: the passage naming its signer (the signature block first), the office before the name, a quote.</summary>
    private (CuePhrases? Office, OfficialSource Source, string Quote) OfficialSigner(ParsedDocument document, string signer)
    {
        var folded = Fold(signer);
        var passage = document.Passages.LastOrDefault(p => p.Kind == PassageKind.Signature && ClaimText.Of(p.Text).Contains(folded))
            ?? document.Passages.FirstOrDefault(p => ClaimText.Of(p.Text).Contains(folded))
            ?? document.Passages[^1];
        var text = ClaimText.Of(passage.Text);
        var at = text.IndexOf(folded);
        var office = at < 0 ? null : PhraseMatches.Longest(lexicon.Offices, o => o, text, Math.Max(0, at - Reach), at).LastOrDefault().Entry;
        var (start, length) = passage.Kind == PassageKind.Signature || at < 0
            ? (0, text.Original.Length)
            : text.Segments().First(s => s.Start <= at && at < s.Start + s.Length);
        var quote = text.Slice(start, length).Replace("*", "", StringComparison.Ordinal).Trim();
        return (office, new OfficialSource(document.Info, passage), quote.Length <= 220 ? quote : quote[..quote.LastIndexOf(' ', 220)] + "…");
    }

    /// <summary>
    /// The person's name ending just before "ký" (a family name of the lexicon and up to three more capitalised
    /// syllables, a province name excepted), on the original text; null in a text whose folded form has another length.
    /// </summary>
    private (int Position, string Text)? NameBefore(ClaimText post, int from, int sign)
    {
        if (post.Original.Length != post.Folded.Length)
        {
            return null;
        }

        var words = Words(post.Original, from, sign);
        (int Position, string Text)? last = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!lexicon.FamilyNames.Contains(words[i].Word))
            {
                continue;
            }

            var j = i + 1;
            while (j < words.Count && j - i < 4 && IsTitle(words[j].Word) && words[j].Position == words[j - 1].Position + words[j - 1].Word.Length + 1)
            {
                j++;
            }

            var end = words[j - 1].Position + words[j - 1].Word.Length;
            var text = post.Original[words[i].Position..end];
            if (j - i >= 2 && provinces.FindIn(text).Count == 0 && Leads(post, end, sign))
            {
                last = (words[i].Position, text);
            }
        }

        return last;
    }

    /// <summary>True when the words from <paramref name="end"/> to "ký" may stand between a signer and the verb (no comma, no document).</summary>
    private bool Leads(ClaimText post, int end, int sign) =>
        !post.Folded.AsSpan(end, sign - end).ContainsAny(',', ';', ':') && lexicon.DocumentNouns.First(post, end, sign) is null && !post.References().Any(r => r.Position >= end && r.Position < sign);

    private static List<(int Position, string Word)> Words(string text, int from, int to)
    {
        var words = new List<(int Position, string Word)>();
        var i = from;
        while (i < to)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < to && char.IsLetter(text[i]))
            {
                i++;
            }

            words.Add((start, text[start..i]));
        }

        return words;
    }

    private static bool IsTitle(string word) => char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);

    private static string Fold(string name) => VietnameseText.Fold(VietnameseText.Normalize(name)).ToLowerInvariant().Trim();
}
