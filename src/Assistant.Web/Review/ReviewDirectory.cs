using Assistant.Core.Provinces;
using Assistant.Review.Accounts;
using Assistant.Review.Items;

namespace Assistant.Web.Review;

/// <summary>Names and people the dashboard offers: provinces for filters, accounts an item can be assigned to.</summary>
public sealed class ReviewDirectory(ProvinceDirectory provinces, IAccountStore accounts)
{
    /// <summary>All provinces (slug, Vietnamese name), by name.</summary>
    public IReadOnlyList<(string Slug, string Name)> Provinces { get; } =
        provinces.All.Select(p => (p.Slug, p.Name)).OrderBy(p => p.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();

    /// <summary>The province's name, or "(không rõ)".</summary>
    public string NameOf(string? slug) => Pages.ListPage.NameOf(slug, Provinces);

    /// <summary>Enabled accounts that may take the item: admins and the spokespeople of its province.</summary>
    public async Task<IReadOnlyList<ReviewAccount>> AssigneesAsync(ReviewItem item, CancellationToken cancellationToken) =>
        (await accounts.ListAsync(cancellationToken))
            .Where(a => !a.Disabled && (a.Role == ReviewRoles.Admin || a.Province == item.Province))
            .ToList();
}
