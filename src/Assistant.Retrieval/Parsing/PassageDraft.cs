using Assistant.Core.Documents;

namespace Assistant.Retrieval.Parsing;

/// <summary>A passage before splitting and numbering.</summary>
internal sealed record PassageDraft(PassageKind Kind, string Section, IReadOnlyList<string> Headings, string Text);
