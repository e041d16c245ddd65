using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Validation;

/// <summary>
/// What a report covers, as <c>ThongTin</c> resolves against the units of its year: the era's
/// units, the province, and the district (before the 2025 reform) or the single commune (after
/// it, when the report is one commune's own). What did not resolve is null.
/// </summary>
public sealed record ReportScope(AdministrativeUnits Units, int? Year, Province? Province, District? District, Commune? Commune)
{
    public bool PostReform => Units.Era == AdministrativeEra.FromReform;
}
