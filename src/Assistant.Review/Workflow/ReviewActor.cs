using Assistant.Review.Accounts;
using Assistant.Review.Items;

namespace Assistant.Review.Workflow;

/// <summary>Who is acting: a logged-in account or an API key (which sees all provinces).</summary>
/// <param name="Login">Login, or <c>api:NAME</c> for a key.</param>
/// <param name="Role"><c>spokesperson</c> or <c>admin</c> (keys act as admin).</param>
/// <param name="Province">The spokesperson's province.</param>
public sealed record ReviewActor(string Login, string Role, string? Province)
{
    /// <summary>The monitor, when it creates items.</summary>
    public static ReviewActor System { get; } = new("he-thong", ReviewRoles.Admin, null);

    /// <summary>True for admins and keys.</summary>
    public bool SeesAll => Role == ReviewRoles.Admin;

    /// <summary>True when the actor may read and change the item: admins all, a spokesperson their province's or their own.</summary>
    public bool CanSee(ReviewItem item) =>
        SeesAll || (Province is not null && item.Province == Province) || string.Equals(item.AssignedTo, Login, StringComparison.OrdinalIgnoreCase);
}
