using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Validation;

/// <summary>
/// What a report covers, as <c>ThongTin</c> resolves against the units of its year: the era's
/// units, the province, and the district (before the 2025 reform) or the single commune (after
/// it, when the report is one commune's own). What did not resolve is null.
/// </summary>
public sealed record ReportScope(AdministrativeUnits Units, int? Year, Province? Province, District? District, Commune? Commune)
{
    /// <summary>The poverty standard of the review year, which fixes the household list's indicator columns; null without one.</summary>
    public PovertyStandard? Standard { get; init; }

    /// <summary>The indicator columns the household list must have: none when the year has no standard (that is reported once, as such).</summary>
    public IReadOnlyList<Indicator> Indicators => Standard?.Indicators ?? [];

    public bool PostReform => Units.Era == AdministrativeEra.FromReform;
}
