namespace PovertyEtl.Ingestion.Figures;

/// <summary>A row of <c>mart.poverty_district_year</c>, as <c>ingest</c> prints the districts it loaded.</summary>
public sealed record DistrictYearRow(int Year, string ProvinceName, string DistrictCode, string DistrictName, long Communes, long? TotalHouseholds,
    long? PoorEnd, decimal? PoorRatePct, long? NearPoorEnd, decimal? NearPoorRatePct);
