namespace PovertyEtl.Warehouse.Dimensions;

/// <summary>
/// The surrogate keys of the dimensions, held in memory for a load so that 300,000 fact rows
/// are written with their keys resolved, not joined afterwards. Missing → 0, the unknown member.
/// </summary>
internal sealed class DimensionKeys(
    IReadOnlyList<(string Code, DateOnly From, DateOnly To, int Key)> geography,
    IReadOnlyDictionary<string, short> categories,
    IReadOnlyDictionary<string, short> ethnicities,
    IReadOnlyDictionary<string, short> programs,
    IReadOnlyDictionary<int, IReadOnlyList<YearDimension>> yearDimensions)
{
    private readonly Dictionary<string, List<(DateOnly From, DateOnly To, int Key)>> _geography = geography
        .GroupBy(g => g.Code, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(v => (v.From, v.To, v.Key)).ToList(), StringComparer.Ordinal);

    /// <summary>The version of the unit in force at the end of the report's year (annual reviews close in December).</summary>
    public int Geography(string? communeCode, int? year)
    {
        if (communeCode is null || year is null || !_geography.TryGetValue(communeCode, out var versions)) return 0;
        var yearEnd = new DateOnly(year.Value, 12, 31);
        foreach (var (from, to, key) in versions)
            if (from <= yearEnd && yearEnd <= to) return key;
        return 0;
    }

    public short Category(string? code) => code is not null && categories.TryGetValue(code, out var key) ? key : (short)0;
    public short Ethnicity(string? code) => code is not null && ethnicities.TryGetValue(code, out var key) ? key : (short)0;
    public short Program(string? code) => code is not null && programs.TryGetValue(code, out var key) ? key : (short)0;

    /// <summary>The dimensions of the year's standard, each with the mask of its indicators; none for a year the warehouse has no standard for.</summary>
    public IReadOnlyList<YearDimension> DimensionsOf(int year) => yearDimensions.TryGetValue(year, out var dimensions) ? dimensions : [];
}
