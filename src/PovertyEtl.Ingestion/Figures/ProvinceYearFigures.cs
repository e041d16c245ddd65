namespace PovertyEtl.Ingestion.Figures;

/// <summary>
/// A province-year after the 2025 reform as the BI contract shows it: its poor-household rate and
/// how many of its communes have figures (from <c>mart.poverty_province_series</c>), and how many
/// of those are under the threshold (from <c>mart.poverty_commune_year</c>; a commune without
/// households has no rate and is not under it).
/// </summary>
public sealed record ProvinceYearFigures(int Year, string ProvinceCode, string ProvinceName, long CommunesReporting, long CommunesExpected,
    decimal? PoorRatePct, long CommunesUnderThreshold)
{
    /// <summary>Not every commune of the province has figures: the mart gives it no rate (not comparable).</summary>
    public bool Partial => CommunesReporting < CommunesExpected;
}
