using PovertyEtl.Portal.Accounts;
using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Portal.Web;

/// <summary>What an account may see: an officer its own submissions; a province or admin account those of its province's reporting units too.</summary>
internal static class SubmissionScope
{
    public static IReadOnlyCollection<string>? UnitsSeenBy(PortalAccount account, ReferenceData reference) =>
        account.Role == AccountRole.Officer ? null : AccountUnit.Find(account.UnitCode, reference)?.ReportingUnits;

    public static bool MaySee(PortalAccount account, SubmissionRecord submission, ReferenceData reference) =>
        submission.Login == account.Login
        || (UnitsSeenBy(account, reference) is { } units && submission.ReportingUnit is { } unit && units.Contains(unit));

    public static Task<IReadOnlyList<SubmissionRecord>> ListAsync(IPortalStore store, PortalAccount account, ReferenceData reference, CancellationToken cancellation) =>
        store.SubmissionsAsync(account.Login, UnitsSeenBy(account, reference), 500, cancellation);
}
