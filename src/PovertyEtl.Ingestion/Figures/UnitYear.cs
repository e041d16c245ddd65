namespace PovertyEtl.Ingestion.Figures;

/// <summary>A reporting unit's code (a district, a province) and a year: the key of a mart row a run loaded.</summary>
public sealed record UnitYear(string UnitCode, int Year);
