namespace Assistant.Core.Official;

/// <summary>States of an official answer.</summary>
public static class OfficialAnswerStates
{
    /// <summary>Written, not served.</summary>
    public const string Draft = "nhap";

    /// <summary>Served to citizens whose question means the same.</summary>
    public const string Published = "da_cong_bo";

    /// <summary>No longer served.</summary>
    public const string Withdrawn = "da_rut";
}
