using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback;

/// <summary>
/// Official names written with their unit type, as documents do: <c>Xã Long Hiệp</c>,
/// <c>Huyện Trà Cú</c>, <c>Tỉnh Vĩnh Long</c>. The reference data gives commune types but not
/// district or province types: a district with wards is a town (thị xã), or the city (thành phố)
/// when it bears the province's name; a centrally governed city is a thành phố, other provinces tỉnh.
/// </summary>
internal static class UnitNames
{
    // Huế became the sixth centrally governed city on 1 January 2025; the 2024 list still has Thừa Thiên Huế as a province.
    private static readonly HashSet<string> CitiesBeforeReform = ["01", "31", "48", "79", "92"];
    private static readonly HashSet<string> CitiesFromReform = ["01", "31", "46", "48", "79", "92"];

    public static string Commune(Commune commune, bool withType)
    {
        var type = char.ToUpperInvariant(commune.Type[0]) + commune.Type[1..];
        // "Phường 1" already carries its type.
        return withType && !commune.Name.StartsWith(type, StringComparison.OrdinalIgnoreCase) ? $"{type} {commune.Name}" : commune.Name;
    }

    public static string District(District district, Province province, IEnumerable<Commune> communes) =>
        DistrictType(district, province, communes) + " " + district.Name;

    public static string Province(Province province, bool postReform) =>
        ((postReform ? CitiesFromReform : CitiesBeforeReform).Contains(province.Code) ? "Thành phố" : "Tỉnh") + " " + province.Name;

    private static string DistrictType(District district, Province province, IEnumerable<Commune> communes) =>
        !communes.Any(c => c.Type == "phường") ? "Huyện"
        : district.Name == province.Name ? "Thành phố"
        : "Thị xã";
}
