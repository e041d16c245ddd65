using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback;

/// <summary>
/// Who a sample or template report is from: before the 2025 reform a district; from 2025 a
/// province, or one commune of it (named by <c>Mã xã</c> in <c>ThongTin</c>). Its communes are
/// those the report lists, official and in code order.
/// </summary>
public sealed record ReportingUnit(Province Province, District? District, Commune? Commune, IReadOnlyList<Commune> Communes)
{
    public static ReportingUnit OfDistrict(District district, AdministrativeUnits units) =>
        new(ProvinceOf(district.ProvinceCode, units), district, null, InCodeOrder(units.CommunesOf(district.Code)));

    public static ReportingUnit OfProvince(Province province, AdministrativeUnits units) =>
        new(province, null, null, InCodeOrder(units.CommunesOfProvince(province.Code)));

    public static ReportingUnit OfCommune(Commune commune, AdministrativeUnits units) =>
        new(ProvinceOf(commune.ProvinceCode, units), null, commune, [commune]);

    /// <summary>
    /// The unit a reporting-unit code stands for in the units of its era, or null: 3 digits a
    /// district (before the reform), 2 a province and 5 a commune (after it).
    /// </summary>
    public static ReportingUnit? Find(string code, ReferenceData reference) => code.Length switch
    {
        3 => reference.Units.District(code) is { } district ? OfDistrict(district, reference.Units) : null,
        2 => reference.UnitsFromReform.Province(code) is { } province ? OfProvince(province, reference.UnitsFromReform) : null,
        5 => reference.UnitsFromReform.Commune(code) is { } commune ? OfCommune(commune, reference.UnitsFromReform) : null,
        _ => null,
    };

    /// <summary>After the 2025 reform, which abolished districts.</summary>
    public bool PostReform => District is null;

    /// <summary>The code the report is filed under (its reporting unit): the district's, the commune's or the province's.</summary>
    public string Code => District?.Code ?? Commune?.Code ?? Province.Code;

    /// <summary>Its official name, as a place is named in a signature line: <c>Trà Cú</c>, <c>Vĩnh Long</c>.</summary>
    public string Name => District?.Name ?? Commune?.Name ?? Province.Name;

    /// <summary>Its name with its type, as a heading names it: <c>Huyện Trà Cú</c>, <c>Tỉnh Vĩnh Long</c>, <c>Phường Trà Vinh</c>.</summary>
    public string FullName =>
        District?.DisplayName ?? Commune?.DisplayName ?? Province.DisplayName;

    /// <summary>A file name's stem: <c>84_849_2024</c> for a district, <c>86_2025</c> for a province, <c>86_29242_2025</c> for a commune.</summary>
    public string FileStem(int year) => Code == Province.Code ? $"{Province.Code}_{year}" : $"{Province.Code}_{Code}_{year}";

    private static Province ProvinceOf(string code, AdministrativeUnits units) =>
        units.Province(code) ?? throw new InvalidDataException($"the units list names province {code} without listing it");

    private static List<Commune> InCodeOrder(IEnumerable<Commune> communes) => [.. communes.OrderBy(c => c.Code, StringComparer.Ordinal)];
}
