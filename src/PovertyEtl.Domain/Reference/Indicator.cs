namespace PovertyEtl.Domain.Reference;

/// <summary>
/// One indicator of a poverty standard, in its dimension. <paramref name="Index"/> is its place in
/// the standard's list, the bit of a household's deprivation mask; a code means something only
/// together with its standard (QĐ 59's HEA1 is access to health services, Decree 07's nutrition).
/// </summary>
public sealed record Indicator(string StandardCode, int Index, string Code, string DimensionCode, string DimensionName, string DimensionNameEn,
    string Name, string NameEn, IReadOnlyList<string> Aliases);
