using Assistant.Core.Agencies;
using Assistant.Core.Monitoring;
using Assistant.Core.Provinces;
using Assistant.Review.Accounts;

namespace Assistant.Review.Workflow;

/// <summary>
/// Who a new item goes to: the province's spokesperson whose agency heads one of the item's matched passages (e.g. the
/// plan's "3. Sở Văn hóa, Thể thao và Du lịch"), passages in order; else the province's first spokesperson; else nobody
/// (an admin assigns it).
/// </summary>
public sealed class AssigneePicker(IAccountStore store, ProvinceDirectory provinces, PassageHeadings headings)
{
    /// <summary>The enabled spokesperson to assign, or null.</summary>
    public async Task<ReviewAccount?> PickAsync(string? province, IReadOnlyList<OfficialPassage> passages, CancellationToken cancellationToken = default)
    {
        if (province is null)
        {
            return null;
        }

        var spokespeople = (await store.ListAsync(cancellationToken))
            .Where(a => !a.Disabled && a.Role == ReviewRoles.Spokesperson && a.Province == province)
            .OrderBy(a => a.CreatedAt)
            .ToList();
        var agencies = spokespeople
            .Where(a => a.Agency is not null)
            .Select(a => (Account: a, Key: AgencyDirectory.Key(a.Agency!, provinces)))
            .ToList();
        var headed = agencies.Count == 0
            ? null
            : passages.SelectMany(headings.Of)
                .SelectMany(heading => agencies.Where(a => AgencyDirectory.Heads(heading, a.Key)).Select(a => a.Account))
                .FirstOrDefault();
        return headed ?? spokespeople.FirstOrDefault();
    }
}
