using PovertyEtl.Pipeline.Feedback.Samples.Sheets;
using PovertyEtl.Pipeline.Reference;
using PovertyEtl.Pipeline.Validation.Rules;

namespace PovertyEtl.Pipeline.Feedback.Templates;

/// <summary>
/// The district and year a template is made for, with the communes it pre-fills (official codes
/// and names, in code order) and the poverty standard its instructions quote, if one is set.
/// </summary>
public sealed record TemplateSubject(Province Province, District District, int Year, IReadOnlyList<Commune> Communes, PovertyStandard? Standard)
{
    /// <summary>The district as headings name it: <c>Thành phố Trà Vinh (mã 842) — Trà Vinh (mã tỉnh 84)</c>.</summary>
    public string Place => $"{UnitNames.District(District, Province, Communes)} (mã {District.Code}) — {Province.Name} (mã tỉnh {Province.Code})";

    /// <summary>
    /// The subject, or why there is none: a district the catalogue does not know, or a year the
    /// reports are not taken for (those the validator accepts without a warning). The units are
    /// the catalogue's for every year until the geography history lands (docs/reading-decisions.md).
    /// </summary>
    public static (TemplateSubject? Subject, string? Problem) Find(string districtCode, int year, ReferenceData reference, int currentYear)
    {
        var units = reference.Units;
        if (units.District(districtCode.Trim()) is not { } district)
            return (null, $"Mã huyện \"{districtCode}\" không có trong danh mục hành chính / unknown district code");
        var lastYear = currentYear + 1;
        if (year < ReportInfoRules.FirstTrackedYear || year > lastYear)
            return (null, $"Năm {year} không có danh mục đơn vị hành chính để lập mẫu: chỉ nhận năm từ {ReportInfoRules.FirstTrackedYear} " +
                          $"đến {lastYear} / no administrative units for {year}: years {ReportInfoRules.FirstTrackedYear}-{lastYear}");
        var communes = units.CommunesOf(district.Code).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var province = units.Province(district.ProvinceCode)
            ?? throw new InvalidDataException($"district {district.Code} names province {district.ProvinceCode}, which the catalogue lacks");
        return (new TemplateSubject(province, district, year, communes, reference.StandardFor(year)), null);
    }
}
