using Assistant.Core.Documents;
using Assistant.Core.Provinces;
using Assistant.Core.Text;
using Assistant.Monitoring.Claims.Lexicon;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Who signed the one document a post names: the person ("ông Nguyễn Văn A ký") and the office ("Bộ trưởng … ký" where
/// a Deputy Prime Minister signed) written just before "ký" (or just after "ký bởi", "chữ ký"), else the signer of
/// another document named anywhere, against the document's signer and the office printed before the name in its
/// signature block. The reason quotes the signature block.
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
        if ((Before(post, denied) ?? After(post, denied) ?? KnownSigner(context, denied)) is not { } claim)
        {
            return;
        }

        var official = OfficialSigner(target, signer);
        var wrongName = claim.Name is { } n && Fold(n.Text) != Fold(signer);
        var wrongOffice = claim.Office is { } o && official.Office is not null && o.Entry != official.Office;
        if (!wrongName && !wrongOffice)
        {
            findings.Agreement();
            return;
        }

        var from = Math.Min(claim.Office?.Position ?? int.MaxValue, claim.Name?.Position ?? int.MaxValue);
        var to = Math.Max(claim.Office is { } office ? office.Position + office.Length : 0, claim.Name is { } name ? name.Position + name.Text.Length : 0);
        findings.Contradiction(
            $"Bài viết nói người ký là {post.Slice(from, to - from).Trim()}; {official.Source.Name} ghi: \"{official.Quote}\"",
            official.Source);
    }

    /// <summary>The office and name written just before "ký" ("Phó Thủ tướng Trần Hồng Hà ký").</summary>
    private SignerClaim? Before(ClaimText post, IReadOnlyList<(int Start, int Length)> denied)
    {
        foreach (var (sign, _) in lexicon.Signing.FindAll(post).OrderBy(m => m.Position).Where(m => !ClaimCues.IsWithin(denied, m.Position)))
        {
            var (start, _) = post.Segments().First(s => s.Start <= sign && sign < s.Start + s.Length);
            var from = Math.Max(start, sign - Reach);
            var name = Names(post, from, sign).LastOrDefault(n => Leads(post, n.Position + n.Text.Length, sign));
            var to = name.Text is null ? sign : name.Position;
            var office = PhraseMatches.Longest(lexicon.Offices, o => o, post, from, to)
                .LastOrDefault(m => Leads(post, m.Position + m.Length, to) && !post.Folded[..m.Position].TrimEnd().EndsWith(" cua", StringComparison.Ordinal));
            if (name.Text is not null || office.Entry is not null)
            {
                return new SignerClaim(office.Entry is null ? null : office, name.Text is null ? null : name);
            }
        }

        return null;
    }

    /// <summary>The office and name written just after "ký bởi" or "chữ ký" ("mang chữ ký Phó Chủ tịch Y Ngọc").</summary>
    private SignerClaim? After(ClaimText post, IReadOnlyList<(int Start, int Length)> denied)
    {
        foreach (var (cue, length) in lexicon.SignerFollows.FindAll(post).OrderBy(m => m.Position).Where(m => !ClaimCues.IsWithin(denied, m.Position)))
        {
            var (start, segment) = post.Segments().First(s => s.Start <= cue && cue < s.Start + s.Length);
            var from = cue + length;
            var to = Math.Min(start + segment, from + Reach);
            var office = PhraseMatches.Longest(lexicon.Offices, o => o, post, from, to).FirstOrDefault();
            var name = Names(post, from, to).FirstOrDefault(n => Leads(post, from, n.Position));
            if (office.Entry is not null && !Leads(post, from, office.Position))
            {
                office = default;
            }

            if (name.Text is not null || office.Entry is not null)
            {
                return new SignerClaim(office.Entry is null ? null : office, name.Text is null ? null : name);
            }
        }

        return null;
    }

    /// <summary>The signer of another document of the corpus named anywhere in the post ("… Nguyễn Văn Khởi" about Lạng Sơn's plan).</summary>
    private static SignerClaim? KnownSigner(ClaimContext context, IReadOnlyList<(int Start, int Length)> denied)
    {
        var post = context.Post;
        var named = context.Corpus.Facts.Signers
            .Select(s => (s.Document.Info.Signer!, At: post.IndexOf(s.FoldedSigner)))
            .FirstOrDefault(s => s.At >= 0 && !ClaimCues.IsWithin(denied, s.At));
        return named.Item1 is null ? null : new SignerClaim(null, (named.At, post.Slice(named.At, Fold(named.Item1).Length)));
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
    /// The persons' names in [from, to) of the original text, in order: a family name of the lexicon and up to three
    /// more capitalised syllables, a province name excepted; none in a text whose folded form has another length.
    /// </summary>
    private List<(int Position, string Text)> Names(ClaimText post, int from, int to)
    {
        var names = new List<(int Position, string Text)>();
        if (post.Original.Length != post.Folded.Length)
        {
            return names;
        }

        var words = Words(post.Original, from, to);
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
            if (j - i >= 2 && provinces.FindIn(text).Count == 0)
            {
                names.Add((words[i].Position, text));
                i = j - 1;
            }
        }

        return names;
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

    private sealed record SignerClaim((CuePhrases Entry, int Position, int Length)? Office, (int Position, string Text)? Name);

    private static string Fold(string name) => VietnameseText.Fold(VietnameseText.Normalize(name)).ToLowerInvariant().Trim();
}
