namespace PovertyEtl.Ingestion.Figures;

/// <summary>
/// A district-year as the BI contract shows it: its poor-household rate (from
/// <c>mart.poverty_district_year</c>) and how many of its communes are under the threshold
/// (from <c>mart.poverty_commune_year</c>; a commune without households has no rate and is not
/// under it).
/// </summary>
public sealed record DistrictYearFigures(int Year, string DistrictCode, string DistrictName, long Communes, decimal? PoorRatePct, long CommunesUnderThreshold);
