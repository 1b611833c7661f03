using Assistant.Core.Documents;

namespace Assistant.Retrieval.Parsing;

/// <summary>
/// Groups header paragraphs into passages (section "Mở đầu"): the number and date lines together; the title block
/// (a line in capitals such as "KẾ HOẠCH", the title under it and the issuing authority); each legal basis
/// ("Căn cứ…", "Thực hiện…") on its own; a closing formula such as "QUYẾT ĐỊNH:" joins the passage before it.
/// </summary>
internal static class HeaderPassageBuilder
{
    /// <summary>Section of every header passage.</summary>
    public const string Section = "Mở đầu";

    private enum Group
    {
        Identification,
        Title,
        Basis,
    }

    /// <summary>Passages of one run of header paragraphs.</summary>
    public static IEnumerable<PassageDraft> Build(IReadOnlyList<Paragraph> run)
    {
        var groups = new List<(Group Kind, List<string> Texts)>();
        foreach (var text in run.Select(p => p.Text))
        {
            var last = groups.Count > 0 ? groups[^1] : default;
            if (BlockRecognizer.IsIdentification(text))
            {
                AddTo(Group.Identification, text);
            }
            else if (LineShape.IsCapitals(text) && text.EndsWith(':') && groups.Count > 0)
            {
                last.Texts.Add(text);
            }
            else if (BlockRecognizer.IsLegalBasis(text))
            {
                groups.Add((Group.Basis, [text]));
            }
            else
            {
                AddTo(Group.Title, text);
            }
        }

        return groups.Select(g => new PassageDraft(PassageKind.Header, Section, [], string.Join(' ', g.Texts)));

        void AddTo(Group kind, string text)
        {
            if (groups.Count > 0 && groups[^1].Kind == kind)
            {
                groups[^1].Texts.Add(text);
            }
            else
            {
                groups.Add((kind, [text]));
            }
        }
    }
}
