namespace PovertyEtl.Domain.Reference;

/// <summary>One of the 12 indicators of basic social services, in its dimension (Decree 07/2021/NĐ-CP).</summary>
public sealed record Indicator(int Index, string Code, string DimensionCode, string DimensionName, string DimensionNameEn, string Name, IReadOnlyList<string> Aliases);
