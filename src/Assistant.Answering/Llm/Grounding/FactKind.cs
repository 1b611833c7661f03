namespace Assistant.Answering.Llm.Grounding;

/// <summary>What kind of checkable fact an answer states.</summary>
public enum FactKind
{
    /// <summary>A plain number ("2026", "1.000").</summary>
    Number,

    /// <summary>A percentage ("100%").</summary>
    Percent,

    /// <summary>A date, full or partial ("22/8/2025", "ngày 20 tháng 01 năm 2026", "tháng 8/2025").</summary>
    Date,

    /// <summary>A document number ("157/QĐ-TTg", "71-NQ/TW").</summary>
    DocumentNumber,

    /// <summary>A person's name ("Lê Thành Long").</summary>
    Name,
}
