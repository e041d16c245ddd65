using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Templates;

/// <summary>
/// Whose report and which year a template is made for: a district up to 2024 (format v1); from
/// 2025 a province, or one commune of it (format v2). The communes it pre-fills (official codes
/// and names of the year's units, in code order) are the unit's; the poverty standard its
/// instructions quote and whose indicator columns the household list has is the year's.
/// </summary>
public sealed record TemplateSubject(ReportingUnit Unit, int Year, PovertyStandard Standard)
{
    public Province Province => Unit.Province;

    public IReadOnlyList<Commune> Communes => Unit.Communes;

    /// <summary>
    /// The unit as headings name it: <c>Thành phố Trà Vinh (mã 842) — Trà Vinh (mã tỉnh 84)</c>,
    /// <c>Tỉnh Vĩnh Long (mã tỉnh 86)</c>, <c>Phường Trà Vinh (mã xã 29242) — Vĩnh Long (mã tỉnh 86)</c>.
    /// </summary>
    public string Place => Unit switch
    {
        { District: { } district } => $"{Unit.FullName} (mã {district.Code}) — {Province.Name} (mã tỉnh {Province.Code})",
        { Commune: { } commune } => $"{Unit.FullName} (mã xã {commune.Code}) — {Province.Name} (mã tỉnh {Province.Code})",
        _ => $"{Unit.FullName} (mã tỉnh {Province.Code})",
    };

    /// <summary>A district's template up to 2024, or why there is none: districts no longer exist from 2025, an unknown district, a year not taken.</summary>
    public static (TemplateSubject? Subject, string? Problem) Find(string districtCode, int year, ReferenceData reference, int currentYear)
    {
        if (YearProblem(year, currentYear, reference) is { } problem) return (null, problem);
        if (year >= AdministrativeEra.FirstPostReformYear)
            return (null, $"Từ 01/07/2025 không còn cấp huyện: báo cáo năm {year} lập theo tỉnh, dùng --province (và --commune cho báo cáo của một xã) " +
                          $"thay cho --district / districts no longer exist from 1 July 2025: for {year} use --province [--commune]");
        var units = reference.Units;
        if (units.District(districtCode.Trim()) is not { } district)
            return (null, $"Mã huyện \"{districtCode}\" không có trong danh mục hành chính / unknown district code");
        return (new TemplateSubject(ReportingUnit.OfDistrict(district, units), year, reference.StandardFor(year)!), null);
    }

    /// <summary>
    /// A province's template from 2025, or a commune's when <paramref name="communeCode"/> is given; or why there is none:
    /// a year before the reform, a province merged away (naming the one it went into), a commune not of the province.
    /// </summary>
    public static (TemplateSubject? Subject, string? Problem) FindAfterReform(string provinceCode, string? communeCode, int year, ReferenceData reference,
        int currentYear)
    {
        if (YearProblem(year, currentYear, reference) is { } problem) return (null, problem);
        if (year < AdministrativeEra.FirstPostReformYear)
            return (null, $"Báo cáo năm {year} (trước 01/07/2025) lập theo huyện: dùng --district thay cho --province, --commune " +
                          $"/ reports of {year} are by district: use --district");
        var units = reference.UnitsFromReform;
        var code = provinceCode.Trim();
        if (units.Province(code) is not { } province)
            return (null, reference.Units.Province(code) is { } old && reference.ProvinceAfterReform(old.Code) is { } merged
                ? $"{old.DisplayName} ({old.Code}) đã hợp nhất vào {merged.DisplayName} từ 01/07/2025: dùng --province {merged.Code} " +
                  $"/ province {old.Code} merged into {merged.Code}"
                : $"Mã tỉnh \"{provinceCode}\" không có trong danh mục từ 01/07/2025 / unknown province code");
        if (communeCode is null) return (new TemplateSubject(ReportingUnit.OfProvince(province, units), year, reference.StandardFor(year)!), null);
        if (units.Commune(communeCode.Trim()) is not { } commune)
            return (null, $"Mã xã \"{communeCode}\" không có trong danh mục từ 01/07/2025 / unknown commune code");
        if (commune.ProvinceCode != province.Code)
            return (null, $"{commune.DisplayName} ({commune.Code}) thuộc {units.Province(commune.ProvinceCode)?.DisplayName} ({commune.ProvinceCode}), " +
                          $"không thuộc {province.DisplayName} ({province.Code}) / commune not in the province");
        return (new TemplateSubject(ReportingUnit.OfCommune(commune, units), year, reference.StandardFor(year)!), null);
    }

    /// <summary>A year the reports are not taken for (those the validator accepts without a warning), or null.</summary>
    private static string? YearProblem(int year, int currentYear, ReferenceData reference)
    {
        var lastYear = currentYear + 1;
        if (year < AdministrativeEra.FirstTrackedYear || year > lastYear)
            return $"Năm {year} không có danh mục đơn vị hành chính để lập mẫu: chỉ nhận năm từ {AdministrativeEra.FirstTrackedYear} " +
                   $"đến {lastYear} / no administrative units for {year}: years {AdministrativeEra.FirstTrackedYear}-{lastYear}";
        // The household list's indicator columns are the standard's: without one there is no list to lay out.
        return reference.StandardFor(year) is null
            ? $"Chưa có chuẩn nghèo nào cho năm {year} trong config/reference/poverty_standards.csv / no poverty standard is configured for {year}"
            : null;
    }
}
