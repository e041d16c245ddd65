using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Samples;

/// <summary>
/// Whom to write reports for, in the units of the year. Before the 2025 reform: districts, those
/// of the chosen province in code order, then the next provinces', coming round to the first
/// province after the last. From 2025: provinces, one report each covering all its communes, the
/// chosen one first (a pre-reform code stands for the province it merged into: 84 → 86), then
/// the next in code order, coming round likewise. One report per reporting unit and year: two
/// would supersede each other.
/// </summary>
public static class ReportingUnitPicker
{
    public static IReadOnlyList<ReportingUnit> Pick(ReferenceData reference, string provinceCode, int year, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return AdministrativeEra.ForYear(year) == AdministrativeEra.FromReform
            ? Provinces(reference, provinceCode, count)
            : Districts(reference.Units, provinceCode, count);
    }

    /// <summary>How many reports of the year can be written: one per district with communes up to 2024, one per province from 2025.</summary>
    public static int Available(ReferenceData reference, int year) =>
        AdministrativeEra.ForYear(year) == AdministrativeEra.FromReform
            ? reference.UnitsFromReform.Provinces.Count()
            : reference.Units.Provinces.SelectMany(p => reference.Units.DistrictsOf(p.Code)).Count(d => reference.Units.CommunesOf(d.Code).Count > 0);

    private static List<ReportingUnit> Districts(AdministrativeUnits units, string provinceCode, int count)
    {
        var districts = FromProvince(units, provinceCode)
            .SelectMany(p => units.DistrictsOf(p.Code))
            .Where(d => units.CommunesOf(d.Code).Count > 0)
            .Take(count)
            .ToList();
        if (districts.Count < count)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"the reference data has {districts.Count} districts");
        return [.. districts.Select(d => ReportingUnit.OfDistrict(d, units))];
    }

    private static List<ReportingUnit> Provinces(ReferenceData reference, string provinceCode, int count)
    {
        var units = reference.UnitsFromReform;
        var start = units.Province(provinceCode) ?? reference.ProvinceAfterReform(provinceCode)
            ?? throw new ArgumentException($"province {provinceCode} is not in the reference data", nameof(provinceCode));
        var provinces = FromProvince(units, start.Code).Take(count).ToList();
        if (provinces.Count < count)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"from 1 July 2025 there are {provinces.Count} provinces, one report each");
        return [.. provinces.Select(p => ReportingUnit.OfProvince(p, units))];
    }

    /// <summary>The provinces in code order from <paramref name="provinceCode"/>, coming round to the first after the last.</summary>
    private static IEnumerable<Province> FromProvince(AdministrativeUnits units, string provinceCode)
    {
        var provinces = units.Provinces.ToList();
        var start = provinces.FindIndex(p => p.Code == provinceCode);
        if (start < 0) throw new ArgumentException($"province {provinceCode} is not in the reference data", nameof(provinceCode));
        return provinces.Skip(start).Concat(provinces.Take(start));
    }
}
