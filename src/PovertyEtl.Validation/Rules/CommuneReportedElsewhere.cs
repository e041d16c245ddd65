namespace PovertyEtl.Validation.Rules;

/// <summary>A commune whose year is already in the warehouse under another reporting unit's current load.</summary>
public sealed record CommuneReportedElsewhere(string CommuneCode, string? ReportingUnit, string FileName, long LoadId);
