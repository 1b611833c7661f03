namespace Assistant.Core.Monitoring;

/// <summary>The labels of a post (DESIGN.md "Scored post JSON").</summary>
public static class PostLabel
{
    /// <summary>False or distorted information.</summary>
    public const string Misinformation = "misinformation";

    /// <summary>Agrees with the official text.</summary>
    public const string Accurate = "accurate";

    /// <summary>Not about education policy.</summary>
    public const string Unrelated = "unrelated";

    /// <summary>Every label, misinformation first.</summary>
    public static IReadOnlyList<string> All { get; } = [Misinformation, Accurate, Unrelated];

    /// <summary>The Vietnamese name of a label, as reports and the dashboard show it.</summary>
    public static string Name(string label) => label switch
    {
        Misinformation => "tin sai",
        Accurate => "đúng sự thật",
        Unrelated => "không liên quan",
        _ => label,
    };
}
