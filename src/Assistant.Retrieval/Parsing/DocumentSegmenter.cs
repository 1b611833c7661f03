using Assistant.Core.Documents;

namespace Assistant.Retrieval.Parsing;

/// <summary>
/// Tells which part of the document each paragraph belongs to: the header (identification, title, legal bases),
/// the body, the "Nơi nhận" list or the signature block. A document may hold several parts in a row (Hải Phòng's
/// decision is followed by the plan it issues): after a signature, a new header may start.
/// </summary>
internal static class DocumentSegmenter
{
    private enum Mode
    {
        Front,
        Body,
        Recipients,
        Signature,
    }

    /// <summary>The part of each paragraph, in order.</summary>
    public static IReadOnlyList<PassageKind> Assign(IReadOnlyList<Paragraph> paragraphs)
    {
        var roles = new List<PassageKind>(paragraphs.Count);
        var mode = Mode.Front;
        var inTitle = false;
        var bodyClosed = false;
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text;
            if (BlockRecognizer.IsRecipientsStart(text))
            {
                mode = Mode.Recipients;
                roles.Add(PassageKind.Recipients);
                continue;
            }

            if (OpensOrContinuesSignature(text, mode, bodyClosed))
            {
                mode = Mode.Signature;
                bodyClosed = false;
                roles.Add(PassageKind.Signature);
                continue;
            }

            switch (mode)
            {
                case Mode.Recipients when BlockRecognizer.IsPersonName(text):
                    // A name right after the list: a signature block without a printed title.
                    roles.Add(PassageKind.Signature);
                    mode = Mode.Front;
                    continue;
                case Mode.Recipients:
                    roles.Add(PassageKind.Recipients);
                    continue;
                case Mode.Signature when BlockRecognizer.IsSignatureNote(text):
                    roles.Add(PassageKind.Signature);
                    continue;
                case Mode.Signature when BlockRecognizer.IsPersonName(text):
                    roles.Add(PassageKind.Signature);
                    mode = Mode.Front;
                    inTitle = false;
                    continue;
                case Mode.Signature:
                    mode = Mode.Front;
                    inTitle = false;
                    break;
            }

            if (mode == Mode.Front && IsHeaderLike(text, ref inTitle))
            {
                roles.Add(PassageKind.Header);
                continue;
            }

            mode = Mode.Body;
            bodyClosed = MarkerRecognizer.Recognize(text) is null && LineShape.EndsDocumentBody(text);
            roles.Add(PassageKind.Body);
        }

        return roles;
    }

    private static bool OpensOrContinuesSignature(string text, Mode mode, bool bodyClosed) =>
        BlockRecognizer.IsSignatureAuthority(text)
        || (LineShape.IsCapitals(text) && MarkerRecognizer.Recognize(text) is null
            && (mode is Mode.Recipients or Mode.Signature || bodyClosed));

    private static bool IsHeaderLike(string text, ref bool inTitle)
    {
        if (MarkerRecognizer.Recognize(text) is not null)
        {
            return false;
        }

        if (BlockRecognizer.IsIdentification(text) || BlockRecognizer.IsLegalBasis(text))
        {
            inTitle = false;
            return true;
        }

        if (LineShape.IsCapitals(text))
        {
            inTitle = !text.EndsWith(':');
            return true;
        }

        if (inTitle || BlockRecognizer.IsSignatureNote(text))
        {
            inTitle = !LineShape.EndsSentence(text);
            return true;
        }

        return false;
    }
}
