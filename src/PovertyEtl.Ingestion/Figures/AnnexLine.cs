namespace PovertyEtl.Ingestion.Figures;

/// <summary>
/// One unit's line of a province's results annex, summed from <c>mart.poverty_commune_year</c>:
/// a district before the 2025 reform, a commune from it. <see cref="UnitName"/> is the display
/// name with its type word (<c>Thị xã Duyên Hải</c>, <c>Phường Trà Vinh</c>). A count some of the
/// unit's communes did not report is null, never a sum of those that did.
/// </summary>
public sealed record AnnexLine(
    string UnitCode,
    string UnitName,
    long Communes,
    long TotalHouseholds,
    long PoorEnd,
    long NearPoorEnd,
    long? PoorNoLabourEnd,
    long? NearPoorNoLabourEnd,
    long? PoorEthnicMinorityEnd);
