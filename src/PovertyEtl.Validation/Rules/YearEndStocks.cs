namespace PovertyEtl.Validation.Rules;

/// <summary>A commune's year-end stocks as the warehouse holds them (current load).</summary>
public sealed record YearEndStocks(string CommuneCode, long PoorEnd, long NearPoorEnd);
