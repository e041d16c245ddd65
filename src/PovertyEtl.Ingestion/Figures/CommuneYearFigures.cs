namespace PovertyEtl.Ingestion.Figures;

/// <summary>A commune-year as <c>mart.poverty_commune_year</c> has it: its poor-household rate, and the load its figures came from.</summary>
public sealed record CommuneYearFigures(int Year, string CommuneCode, string CommuneName, decimal? PoorRatePct, long LoadId);
