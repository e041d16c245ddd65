namespace PovertyEtl.Ingestion.Figures;

/// <summary>A row of <c>mart.poverty_province_series</c>, as <c>ingest</c> prints the provinces it loaded (from 2025).</summary>
public sealed record ProvinceSeriesRow(int Year, string ProvinceCode, string ProvinceName, long CommunesReporting, long CommunesExpected,
    long? TotalHouseholds, long? PoorEnd, decimal? PoorRatePct, long? NearPoorEnd, decimal? NearPoorRatePct);
