namespace Assistant.Answering.Extractive;

/// <summary>What kind of fact a question asks for; it decides which sentences answer it best.</summary>
public enum QuestionType
{
    /// <summary>Anything else: the most relevant sentences.</summary>
    General,

    /// <summary>"ai", "người nào": a person (signer, official).</summary>
    Who,

    /// <summary>"cơ quan nào", "đơn vị nào", "ai chịu trách nhiệm": an agency and its task.</summary>
    Agency,

    /// <summary>"bao nhiêu", "mấy", "phần trăm", "tỷ lệ": a number or a percentage.</summary>
    Number,

    /// <summary>"khi nào", "ngày nào", "năm nào", "giai đoạn nào": a date or a period.</summary>
    Date,

    /// <summary>"là gì": a definition or a purpose.</summary>
    Definition,

    /// <summary>"gồm những gì", "những nhiệm vụ nào": a list.</summary>
    List,

    /// <summary>"có … không", "phải không": a yes/no question.</summary>
    YesNo,
}
