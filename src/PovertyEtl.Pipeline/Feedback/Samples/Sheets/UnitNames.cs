using PovertyEtl.Pipeline.Reference;

namespace PovertyEtl.Pipeline.Feedback.Samples.Sheets;

/// <summary>
/// Official names written with their unit type, as documents do: <c>Xã Long Hiệp</c>,
/// <c>Huyện Trà Cú</c>. The reference data gives commune types but not district types: a
/// district with wards is a town (thị xã), or the city (thành phố) when it bears the
/// province's name.
/// </summary>
internal static class UnitNames
{
    public static string Commune(Commune commune, bool withType)
    {
        var type = char.ToUpperInvariant(commune.Type[0]) + commune.Type[1..];
        // "Phường 1" already carries its type.
        return withType && !commune.Name.StartsWith(type, StringComparison.OrdinalIgnoreCase) ? $"{type} {commune.Name}" : commune.Name;
    }

    public static string District(District district, Province province, IEnumerable<Commune> communes) =>
        DistrictType(district, province, communes) + " " + district.Name;

    private static string DistrictType(District district, Province province, IEnumerable<Commune> communes) =>
        !communes.Any(c => c.Type == "phường") ? "Huyện"
        : district.Name == province.Name ? "Thành phố"
        : "Thị xã";
}
