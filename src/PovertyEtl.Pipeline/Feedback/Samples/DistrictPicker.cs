using PovertyEtl.Pipeline.Reference;

namespace PovertyEtl.Pipeline.Feedback.Samples;

/// <summary>
/// The districts to write reports for: those of the chosen province in code order, then the
/// next provinces', coming round to the first province after the last.
/// </summary>
internal static class DistrictPicker
{
    public static IReadOnlyList<District> Pick(AdministrativeUnits units, string provinceCode, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var provinces = units.Provinces.ToList();
        var start = provinces.FindIndex(p => p.Code == provinceCode);
        if (start < 0) throw new ArgumentException($"province {provinceCode} is not in the reference data", nameof(provinceCode));
        var districts = provinces.Skip(start).Concat(provinces.Take(start))
            .SelectMany(p => units.DistrictsOf(p.Code))
            .Where(d => units.CommunesOf(d.Code).Count > 0)
            .Take(count)
            .ToList();
        if (districts.Count < count)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"the reference data has {districts.Count} districts");
        return districts;
    }
}
