namespace Assistant.Review.Accounts;

/// <summary>Dashboard roles.</summary>
public static class ReviewRoles
{
    /// <summary>Sees and acts on the items of one province.</summary>
    public const string Spokesperson = "spokesperson";

    /// <summary>Sees and acts on all items.</summary>
    public const string Admin = "admin";

    /// <summary>True for a known role.</summary>
    public static bool IsValid(string? role) => role is Spokesperson or Admin;
}
